//! Where the mentor is in the workshop area, kept in the link's fragment like the owner's
//! screens (`crate::route`), so the back button and a reload land on the same screen. Pure.

/// A screen of the mentor area. Workshops are named by the number they are kept under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentorRoute {
    /// The workshops on this device, and a new one (an empty or unknown fragment).
    Workshops,
    /// One workshop: collecting results, the group's picture, the participants, exports.
    Workshop(u32),
    /// The workshop's invitation, large enough for a projector.
    Presenter(u32),
    /// Two workshops side by side (a workshop and the re-test months later).
    Compare,
    /// Where the check's facts and advice come from, and when each was checked.
    Sources,
}

impl MentorRoute {
    /// Reads a fragment such as `#/pelatihan/3/layar`; anything unknown is the workshop list.
    pub fn parse(fragment: &str) -> MentorRoute {
        let path = fragment.strip_prefix('#').unwrap_or(fragment);
        let mut parts = path.trim_matches('/').split('/');
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some("banding"), None, ..) => MentorRoute::Compare,
            (Some("sumber"), None, ..) => MentorRoute::Sources,
            (Some("pelatihan"), Some(id), screen, None) => match (id.parse(), screen) {
                (Ok(id), None) => MentorRoute::Workshop(id),
                (Ok(id), Some("layar")) => MentorRoute::Presenter(id),
                _ => MentorRoute::Workshops,
            },
            _ => MentorRoute::Workshops,
        }
    }

    /// The fragment that leads here, `#` included.
    pub fn fragment(self) -> String {
        match self {
            MentorRoute::Workshops => "#/".to_owned(),
            MentorRoute::Workshop(id) => format!("#/pelatihan/{id}"),
            MentorRoute::Presenter(id) => format!("#/pelatihan/{id}/layar"),
            MentorRoute::Compare => "#/banding".to_owned(),
            MentorRoute::Sources => "#/sumber".to_owned(),
        }
    }
}

/// The owner's check, from the mentor area's path (`/mentor/`, `/mentor`, `/mentor/index.html`):
/// the folder it sits in (`/`, or `/site/` when the app is hosted under a folder).
pub fn check_path(mentor_path: &str) -> &str {
    let folder = mentor_path
        .trim_end_matches("index.html")
        .trim_end_matches('/');
    folder.strip_suffix("mentor").unwrap_or(folder)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_screen_reads_back_from_its_fragment() {
        for route in [
            MentorRoute::Workshops,
            MentorRoute::Workshop(7),
            MentorRoute::Presenter(12),
            MentorRoute::Compare,
            MentorRoute::Sources,
        ] {
            assert_eq!(MentorRoute::parse(&route.fragment()), route);
        }
    }

    #[test]
    fn the_check_is_the_folder_the_mentor_area_sits_in() {
        for path in ["/mentor/", "/mentor", "/mentor/index.html"] {
            assert_eq!(check_path(path), "/", "{path}");
        }
        assert_eq!(check_path("/siap/mentor/"), "/siap/");
    }

    #[test]
    fn a_mangled_fragment_is_the_workshop_list() {
        for fragment in [
            "",
            "#",
            "#/pelatihan",
            "#/pelatihan/x",
            "#/pelatihan/1/2/3",
            "#/hasil",
        ] {
            assert_eq!(
                MentorRoute::parse(fragment),
                MentorRoute::Workshops,
                "{fragment}"
            );
        }
        assert_eq!(
            MentorRoute::parse("#/pelatihan/-1/layar"),
            MentorRoute::Workshops
        );
    }
}

//! Browser objects reached by name through `js_sys::Reflect`, for the few APIs that only the
//! later part uses (speech synthesis, currency names): typed `web_sys` bindings would add their
//! imports to the glue, which sits in the start, on the critical path.

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// A property of a browser object (`undefined` if it has none).
pub fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &key.into()).unwrap_or_default()
}

/// Calls `object.method(argument)`; `undefined` if there is no such method or it throws.
pub fn call(object: &JsValue, method: &str, argument: &JsValue) -> JsValue {
    let method = get(object, method);
    if !method.is_function() {
        return JsValue::UNDEFINED;
    }
    let method: &Function = method.unchecked_ref();
    method.call1(object, argument).unwrap_or_default()
}

/// The browser's global object, `window`.
pub fn window() -> JsValue {
    web_sys::window().map_or(JsValue::UNDEFINED, JsValue::from)
}

/// `new class(...arguments)`, if `class` is one and does not throw.
pub fn construct(class: &JsValue, arguments: &[&JsValue]) -> Option<JsValue> {
    if !class.is_function() {
        return None;
    }
    // An array-like list of the arguments, from the objects the app already makes.
    let list = Object::new();
    for (i, argument) in (0u32..).zip(arguments) {
        let _ = Reflect::set(&list, &i.into(), argument);
    }
    let _ = Reflect::set(&list, &"length".into(), &arguments.len().into());
    Reflect::construct(class.unchecked_ref::<Function>(), list.unchecked_ref()).ok()
}

//! Reading API answers from the browser's `JSON.parse` result and writing request bodies for
//! `JSON.stringify`, field by field.
//!
//! serde's derived deserializers and serde-wasm-bindgen cost the bundle about 45 KB of wasm
//! (issue 7); these readers do the same for the shapes the app uses at a fraction of that. The
//! server keeps serde: `jne_core`'s types stay the one definition of each shape, and the
//! readers in `readers.rs` follow them, in the names `jne_core::wire` lists (a field missing
//! here fails to compile there).
//! As with serde: unknown fields are ignored, a missing `Option` field is `None`, any other
//! missing or mistyped field makes the whole answer unreadable (`ApiError::Server`).

use std::cell::RefCell;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

/// A value the app can read from parsed JSON.
pub trait FromJs: Sized {
    fn from_js(value: &JsValue) -> Option<Self>;
}

/// A value the app can send as JSON.
pub trait ToJs {
    fn to_js(&self) -> JsValue;
}

/// `object[key]`, read as `T` (`undefined` when absent, which only `Option` accepts).
pub fn field<T: FromJs>(object: &JsValue, key: &'static str) -> Option<T> {
    T::from_js(&get(object, key)?)
}

/// `object[name]`, `None` when `object` is not an object. `name` is made a JS string once for
/// the page's life: forty results ask the same few names hundreds of times, and making each
/// anew costs a copy and a decode. Each name is one of the program's own (`&'static`), so the
/// list stays short. Not generic, so the bundle holds it once.
fn get(object: &JsValue, name: &'static str) -> Option<JsValue> {
    thread_local! {
        static KEYS: RefCell<Vec<(&'static str, JsValue)>> = const { RefCell::new(Vec::new()) };
    }
    if !object.is_object() {
        return None;
    }
    KEYS.with(|keys| {
        let mut keys = keys.borrow_mut();
        let at = match keys
            .iter()
            .position(|(known, _)| std::ptr::eq(*known, name))
        {
            Some(at) => at,
            None => {
                keys.push((name, JsValue::from_str(name)));
                keys.len() - 1
            }
        };
        Reflect::get(object, &keys[at].1).ok()
    })
}

/// A JS object with these fields, for `JSON.stringify`.
pub fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

impl FromJs for String {
    fn from_js(value: &JsValue) -> Option<Self> {
        value.as_string()
    }
}

impl FromJs for bool {
    fn from_js(value: &JsValue) -> Option<Self> {
        value.as_bool()
    }
}

/// A whole number from 0 to `max`, as JSON numbers are f64 in the browser.
fn whole(value: &JsValue, max: f64) -> Option<f64> {
    let number = value.as_f64()?;
    (number >= 0.0 && number <= max && number.trunc() == number).then_some(number)
}

impl FromJs for u32 {
    fn from_js(value: &JsValue) -> Option<Self> {
        whole(value, u32::MAX as f64).map(|n| n as u32)
    }
}

impl FromJs for u64 {
    fn from_js(value: &JsValue) -> Option<Self> {
        // Beyond 2^53 a JSON number is no longer exact in the browser anyway.
        whole(value, 9_007_199_254_740_991.0).map(|n| n as u64)
    }
}

impl FromJs for usize {
    fn from_js(value: &JsValue) -> Option<Self> {
        whole(value, u32::MAX as f64).map(|n| n as usize)
    }
}

/// `null` or absent is `None`; anything else must read as `T`.
impl<T: FromJs> FromJs for Option<T> {
    fn from_js(value: &JsValue) -> Option<Self> {
        if value.is_null() || value.is_undefined() {
            Some(None)
        } else {
            T::from_js(value).map(Some)
        }
    }
}

impl<T: FromJs> FromJs for Vec<T> {
    fn from_js(value: &JsValue) -> Option<Self> {
        if !Array::is_array(value) {
            return None;
        }
        Array::from(value)
            .iter()
            .map(|item| T::from_js(&item))
            .collect()
    }
}

impl ToJs for String {
    fn to_js(&self) -> JsValue {
        JsValue::from_str(self)
    }
}

impl ToJs for bool {
    fn to_js(&self) -> JsValue {
        JsValue::from_bool(*self)
    }
}

impl<T: ToJs> ToJs for Vec<T> {
    fn to_js(&self) -> JsValue {
        self.iter().map(ToJs::to_js).collect::<Array>().into()
    }
}

/// Fails to compile when a reader's fields are not the names `jne_core::wire` gives its type
/// (the names serde writes, which a native test checks).
macro_rules! check_fields {
    ($type:ident { $($field:ident),* }) => {
        const _: () = assert!(
            ::jne_core::wire::same(
                &[$(stringify!($field)),*],
                <$type as ::jne_core::wire::Fields>::FIELDS,
            ),
            concat!("the JSON names of ", stringify!($type), " differ from jne_core::wire's")
        );
    };
}

/// `from_js_struct!(Type { field, … })`: reads each named field with the same name in JSON.
macro_rules! from_js_struct {
    ($type:ident { $($field:ident),* $(,)? }) => {
        $crate::api::json::check_fields!($type { $($field),* });
        impl $crate::api::json::FromJs for $type {
            fn from_js(value: &::wasm_bindgen::JsValue) -> Option<Self> {
                Some(Self { $($field: $crate::api::json::field(value, stringify!($field))?,)* })
            }
        }
    };
}

/// `to_js_struct!(Type { field, … })`: writes each named field with the same name in JSON.
macro_rules! to_js_struct {
    ($type:ident { $($field:ident),* $(,)? }) => {
        $crate::api::json::check_fields!($type { $($field),* });
        impl $crate::api::json::ToJs for $type {
            fn to_js(&self) -> ::wasm_bindgen::JsValue {
                $crate::api::json::object(&[
                    $((stringify!($field), $crate::api::json::ToJs::to_js(&self.$field)),)*
                ])
            }
        }
    };
}

/// `from_js_names!(Enum, …)`: unit-variant enums sent as a string, by their names in
/// `jne_core::wire`.
macro_rules! from_js_names {
    ($($type:ident),* $(,)?) => {
        $(impl $crate::api::json::FromJs for $type {
            fn from_js(value: &::wasm_bindgen::JsValue) -> Option<Self> {
                <$type as ::jne_core::wire::Names>::named(&value.as_string()?)
            }
        })*
    };
}

pub(crate) use {check_fields, from_js_names, from_js_struct, to_js_struct};

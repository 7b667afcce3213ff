// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// > ```text
    /// > compile_error!("spec text ran as a doctest");
    /// > ```
    ///
    /// Nested block quotes:
    ///
    /// > > ```text
    /// > > compile_error!("spec text ran as a doctest");
    /// > > ```
    ///
    /// > Quote
    /// > > ```text
    /// > > compile_error!("spec text ran as a doctest");
    /// > > ```
    /// lazy continuation of the quote
    ///
    /// `GET /things/{id}`
    pub fn get_thing(
        &self,
        id: &str,
        params: &crate::models::GetThingParams,
    ) -> crate::runtime::Call<'_, crate::models::Thing> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/things/{id}",
        );
        request.path_param("id", id, crate::runtime::ParamStyle::Simple, false);
        request.query_param("q", &params.q, crate::runtime::ParamStyle::Form, true);
        request
            .query_param("mode", &params.mode, crate::runtime::ParamStyle::Form, true);
        request.security(&[&[crate::client::AUTH_TOKEN]]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Unterminated fence in a summary
    /// ```text
    /// compile_error!("spec text ran as a doctest");
    /// ```
    ///
    /// Lone
    /// CR and CRLF
    /// lines, bidi {U+202A}{U+202B}{U+202D}{U+2066}{U+2067}{U+2068}{U+2069}{U+200E}{U+200F}{U+061C}, controls {U+0007}{U+001B}[31m{U+007F}{U+0085}, zero width {U+200B}{U+FEFF}.
    /// ```text
    /// compile_error!("spec text ran as a doctest");
    /// ```
    ///
    /// `POST /things/{id}`
    pub fn put_thing(
        &self,
        id: &str,
        body: &crate::models::Thing,
    ) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/things/{id}",
        );
        request.path_param("id", id, crate::runtime::ParamStyle::Simple, false);
        request.json_body(body);
        request.security(&[&[crate::client::AUTH_TOKEN]]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
}

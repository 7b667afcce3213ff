// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `GET /a`
    pub fn header_or_bearer(&self) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(::reqwest::Method::GET, "/a");
        request
            .security(&[&[crate::client::AUTH_API_KEY], &[crate::client::AUTH_BEARER]]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
    /// `GET /b`
    pub fn basic_only(&self) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(::reqwest::Method::GET, "/b");
        request.security(&[&[crate::client::AUTH_BASIC]]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
    /// `GET /c`
    pub fn query_key(&self) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(::reqwest::Method::GET, "/c");
        request
            .security(
                &[
                    &[crate::client::AUTH_QUERY_KEY],
                    &[crate::client::AUTH_COOKIE_KEY],
                    &[crate::client::AUTH_OAUTH],
                ],
            );
        self.runtime.call(request, crate::runtime::decode::empty)
    }
    /// Needs both the key and the token, or the key alone in a cookie.
    ///
    /// `GET /e`
    pub fn key_and_bearer(&self) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(::reqwest::Method::GET, "/e");
        request
            .security(
                &[
                    &[crate::client::AUTH_API_KEY, crate::client::AUTH_BEARER],
                    &[crate::client::AUTH_COOKIE_KEY],
                ],
            );
        self.runtime.call(request, crate::runtime::decode::empty)
    }
    /// `GET /d`
    pub fn no_auth(&self) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(::reqwest::Method::GET, "/d");
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
}

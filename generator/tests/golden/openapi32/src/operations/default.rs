// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `POST /uploads`
    pub fn upload_parts(
        &self,
        body: Option<::bytes::Bytes>,
    ) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/uploads",
        );
        if let Some(body) = body {
            request.bytes_body(body, "multipart/mixed");
        }
        request.security(&[&[crate::client::AUTH_DEVICE]]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
}

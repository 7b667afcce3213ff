// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `PUT /raw`
    pub fn put_raw(
        &self,
        body: ::bytes::Bytes,
    ) -> crate::runtime::Call<'_, ::bytes::Bytes> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::PUT,
            "/raw",
        );
        request.accept("application/pdf");
        request.bytes_body(body, "application/octet-stream");
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::bytes)
    }
}

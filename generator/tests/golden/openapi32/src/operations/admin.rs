// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `LINK /pets`
    pub fn link_pets(
        &self,
        params: &crate::models::LinkPetsParams,
    ) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::with_method_name("LINK", "/pets");
        request.header_param("Link", &params.link);
        request.security(&[&[crate::client::AUTH_DEVICE]]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
    /// `PURGE /pets`
    pub fn purge_pets(&self) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::with_method_name(
            "PURGE",
            "/pets",
        );
        request.security(&[&[crate::client::AUTH_DEVICE]]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
}

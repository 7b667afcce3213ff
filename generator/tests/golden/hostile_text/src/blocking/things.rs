// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::get_thing`](crate::Client::get_thing).
    pub fn get_thing(
        &self,
        id: &str,
        params: &crate::models::GetThingParams,
    ) -> crate::runtime::BlockingCall<'_, crate::models::Thing> {
        crate::runtime::BlockingCall::new(self.inner.get_thing(id, params))
    }
    /// Blocking form of [`Client::put_thing`](crate::Client::put_thing).
    pub fn put_thing(
        &self,
        id: &str,
        body: &crate::models::Thing,
    ) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.put_thing(id, body))
    }
}

// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::get_pet`](crate::Client::get_pet).
    pub fn get_pet(
        &self,
        pet_id: i64,
    ) -> crate::runtime::BlockingCall<'_, crate::models::Pet> {
        crate::runtime::BlockingCall::new(self.inner.get_pet(pet_id))
    }
}

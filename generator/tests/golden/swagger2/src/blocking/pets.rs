// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::find_pets`](crate::Client::find_pets).
    pub fn find_pets(
        &self,
        params: &crate::models::FindPetsParams,
    ) -> crate::runtime::BlockingCall<'_, Vec<crate::models::Pet>> {
        crate::runtime::BlockingCall::new(self.inner.find_pets(params))
    }
    /// Blocking form of [`Client::add_pet`](crate::Client::add_pet).
    pub fn add_pet(
        &self,
        body: &crate::models::Pet,
    ) -> crate::runtime::BlockingCall<'_, crate::models::Pet> {
        crate::runtime::BlockingCall::new(self.inner.add_pet(body))
    }
    /// Blocking form of [`Client::upload_image`](crate::Client::upload_image).
    pub fn upload_image(
        &self,
        pet_id: i64,
        body: Option<&crate::models::UploadImageBody>,
    ) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.upload_image(pet_id, body))
    }
}

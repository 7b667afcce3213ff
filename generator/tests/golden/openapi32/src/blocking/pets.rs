// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::list_pets`](crate::Client::list_pets).
    pub fn list_pets(
        &self,
        params: &crate::models::ListPetsParams,
    ) -> crate::runtime::BlockingCall<'_, Vec<crate::models::Pet>> {
        crate::runtime::BlockingCall::new(self.inner.list_pets(params))
    }
    /// Blocking form of [`Client::search_pets`](crate::Client::search_pets).
    pub fn search_pets(
        &self,
        body: &crate::models::PetQuery,
    ) -> crate::runtime::BlockingCall<'_, Vec<crate::models::Pet>> {
        crate::runtime::BlockingCall::new(self.inner.search_pets(body))
    }
    /// Blocking form of [`Client::pet_events`](crate::Client::pet_events).
    pub fn pet_events(
        &self,
        id: i64,
    ) -> crate::runtime::BlockingCall<
        '_,
        crate::runtime::EventStream<crate::models::PetChange>,
    > {
        crate::runtime::BlockingCall::new(self.inner.pet_events(id))
    }
    /// Blocking form of [`Client::export_pets`](crate::Client::export_pets).
    pub fn export_pets(
        &self,
    ) -> crate::runtime::BlockingCall<
        '_,
        crate::runtime::JsonStream<crate::models::Pet>,
    > {
        crate::runtime::BlockingCall::new(self.inner.export_pets())
    }
}

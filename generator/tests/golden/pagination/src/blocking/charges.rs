// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::list_charges`](crate::Client::list_charges).
    pub fn list_charges(
        &self,
        params: &crate::models::ListChargesParams,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListChargesResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_charges(params))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_charges_stream`](crate::Client::list_charges_stream).
    pub fn list_charges_stream<'a>(
        &'a self,
        params: &'a crate::models::ListChargesParams,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Charge> {
        crate::runtime::BlockingIter::new(self.inner.list_charges_stream(params))
    }
}

// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::list_billing_reservations`](crate::Client::list_billing_reservations).
    pub fn list_billing_reservations(
        &self,
        params: &crate::models::ListBillingReservationsParams,
    ) -> crate::runtime::BlockingCall<'_, crate::models::BillingReservationList> {
        crate::runtime::BlockingCall::new(self.inner.list_billing_reservations(params))
    }
    /// Blocking form of [`Client::list_reservations`](crate::Client::list_reservations).
    #[deprecated]
    pub fn list_reservations(
        &self,
        params: &crate::models::ListReservationsParams,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ReservationList> {
        crate::runtime::BlockingCall::new(self.inner.list_reservations(params))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_reservations_stream`](crate::Client::list_reservations_stream).
    #[deprecated]
    pub fn list_reservations_stream<'a>(
        &'a self,
        params: &'a crate::models::ListReservationsParams,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Reservation> {
        crate::runtime::BlockingIter::new(self.inner.list_reservations_stream(params))
    }
}

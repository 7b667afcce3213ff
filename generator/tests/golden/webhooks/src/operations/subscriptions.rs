// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// Subscribe a URL to events; the API calls it back.
    ///
    /// `POST /subscriptions`
    pub fn create_subscription(
        &self,
        body: &crate::models::CreateSubscriptionBody,
    ) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/subscriptions",
        );
        request.json_body(body);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
}

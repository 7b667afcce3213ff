// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::get_orgs_by_org_items_by_item_id`](crate::Client::get_orgs_by_org_items_by_item_id).
    pub fn get_orgs_by_org_items_by_item_id(
        &self,
        org: &str,
        item_id: i64,
        params: &crate::models::GetOrgsByOrgItemsByItemIdParams,
    ) -> crate::runtime::BlockingCall<
        '_,
        crate::models::GetOrgsByOrgItemsByItemIdResponse,
    > {
        crate::runtime::BlockingCall::new(
            self.inner.get_orgs_by_org_items_by_item_id(org, item_id, params),
        )
    }
}

// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// Get one item
    ///
    /// `GET /orgs/{org}/items/{item_id}`
    pub fn get_orgs_by_org_items_by_item_id(
        &self,
        org: &str,
        item_id: i64,
        params: &crate::models::GetOrgsByOrgItemsByItemIdParams,
    ) -> crate::runtime::Call<'_, crate::models::GetOrgsByOrgItemsByItemIdResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/orgs/{org}/items/{item_id}",
        );
        request.path_param("org", org, crate::runtime::ParamStyle::Simple, false);
        request
            .path_param("item_id", &item_id, crate::runtime::ParamStyle::Simple, false);
        request
            .query_param("tags", &params.tags, crate::runtime::ParamStyle::Form, true);
        request.query_param("ids", &params.ids, crate::runtime::ParamStyle::Form, false);
        request
            .query_param(
                "filter",
                &params.filter,
                crate::runtime::ParamStyle::DeepObject,
                false,
            );
        request
            .query_param(
                "pipes",
                &params.pipes,
                crate::runtime::ParamStyle::PipeDelimited,
                false,
            );
        request.header_param("X-Request-Id", &params.x_request_id);
        request.cookie_param("session", &params.session);
        request
            .query_param(
                "required_flag",
                &params.required_flag,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
}

// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::list_repos`](crate::Client::list_repos).
    pub fn list_repos(
        &self,
        params: &crate::models::ListReposParams,
    ) -> crate::runtime::BlockingCall<'_, Vec<crate::models::Thing>> {
        crate::runtime::BlockingCall::new(self.inner.list_repos(params))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_repos_stream`](crate::Client::list_repos_stream).
    pub fn list_repos_stream<'a>(
        &'a self,
        params: &'a crate::models::ListReposParams,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Thing> {
        crate::runtime::BlockingIter::new(self.inner.list_repos_stream(params))
    }
}

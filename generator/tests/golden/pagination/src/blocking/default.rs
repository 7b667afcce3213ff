// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::list_things`](crate::Client::list_things).
    pub fn list_things(
        &self,
        params: &crate::models::ListThingsParams,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListThingsResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_things(params))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_things_stream`](crate::Client::list_things_stream).
    pub fn list_things_stream<'a>(
        &'a self,
        params: &'a crate::models::ListThingsParams,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Thing> {
        crate::runtime::BlockingIter::new(self.inner.list_things_stream(params))
    }
    /// Blocking form of [`Client::search_things`](crate::Client::search_things).
    pub fn search_things(
        &self,
        body: &crate::models::SearchThingsBody,
    ) -> crate::runtime::BlockingCall<'_, crate::models::SearchThingsResponse> {
        crate::runtime::BlockingCall::new(self.inner.search_things(body))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::search_things_stream`](crate::Client::search_things_stream).
    pub fn search_things_stream<'a>(
        &'a self,
        body: &'a crate::models::SearchThingsBody,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Thing> {
        crate::runtime::BlockingIter::new(self.inner.search_things_stream(body))
    }
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
    /// Blocking form of [`Client::list_files`](crate::Client::list_files).
    pub fn list_files(
        &self,
        params: &crate::models::ListFilesParams,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListFilesResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_files(params))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_files_stream`](crate::Client::list_files_stream).
    pub fn list_files_stream<'a>(
        &'a self,
        params: &'a crate::models::ListFilesParams,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Thing> {
        crate::runtime::BlockingIter::new(self.inner.list_files_stream(params))
    }
    /// Blocking form of [`Client::list_channels`](crate::Client::list_channels).
    pub fn list_channels(
        &self,
        params: &crate::models::ListChannelsParams,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListChannelsResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_channels(params))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_channels_stream`](crate::Client::list_channels_stream).
    pub fn list_channels_stream<'a>(
        &'a self,
        params: &'a crate::models::ListChannelsParams,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Thing> {
        crate::runtime::BlockingIter::new(self.inner.list_channels_stream(params))
    }
    /// Blocking form of [`Client::list_events`](crate::Client::list_events).
    pub fn list_events(
        &self,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListEventsResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_events())
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_events_stream`](crate::Client::list_events_stream).
    pub fn list_events_stream<'a>(
        &'a self,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Thing> {
        crate::runtime::BlockingIter::new(self.inner.list_events_stream())
    }
    /// Blocking form of [`Client::list_vaults`](crate::Client::list_vaults).
    pub fn list_vaults(
        &self,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListVaultsResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_vaults())
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_vaults_stream`](crate::Client::list_vaults_stream).
    pub fn list_vaults_stream<'a>(
        &'a self,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Thing> {
        crate::runtime::BlockingIter::new(self.inner.list_vaults_stream())
    }
    /// Blocking form of [`Client::list_numbered`](crate::Client::list_numbered).
    pub fn list_numbered(
        &self,
        params: &crate::models::ListNumberedParams,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListNumberedResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_numbered(params))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_numbered_stream`](crate::Client::list_numbered_stream).
    pub fn list_numbered_stream<'a>(
        &'a self,
        params: &'a crate::models::ListNumberedParams,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Thing> {
        crate::runtime::BlockingIter::new(self.inner.list_numbered_stream(params))
    }
    /// Blocking form of [`Client::list_pages`](crate::Client::list_pages).
    pub fn list_pages(
        &self,
        params: &crate::models::ListPagesParams,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListPagesResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_pages(params))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_pages_stream`](crate::Client::list_pages_stream).
    pub fn list_pages_stream<'a>(
        &'a self,
        params: &'a crate::models::ListPagesParams,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Thing> {
        crate::runtime::BlockingIter::new(self.inner.list_pages_stream(params))
    }
    /// Blocking form of [`Client::list_logs`](crate::Client::list_logs).
    pub fn list_logs(
        &self,
        body: &crate::models::ListLogsBody,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListLogsResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_logs(body))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_logs_stream`](crate::Client::list_logs_stream).
    pub fn list_logs_stream<'a>(
        &'a self,
        body: &'a crate::models::ListLogsBody,
    ) -> crate::runtime::BlockingIter<'a, String> {
        crate::runtime::BlockingIter::new(self.inner.list_logs_stream(body))
    }
    /// Blocking form of [`Client::list_broken`](crate::Client::list_broken).
    pub fn list_broken(
        &self,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListBrokenResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_broken())
    }
    /// Blocking form of [`Client::list_foo`](crate::Client::list_foo).
    pub fn list_foo(
        &self,
        params: &crate::models::ListFooParams,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListFooResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_foo(params))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_foo_stream2`](crate::Client::list_foo_stream2).
    pub fn list_foo_stream2<'a>(
        &'a self,
        params: &'a crate::models::ListFooParams,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Thing> {
        crate::runtime::BlockingIter::new(self.inner.list_foo_stream2(params))
    }
    /// Blocking form of [`Client::list_foo_stream`](crate::Client::list_foo_stream).
    pub fn list_foo_stream(
        &self,
    ) -> crate::runtime::BlockingCall<'_, crate::models::Thing> {
        crate::runtime::BlockingCall::new(self.inner.list_foo_stream())
    }
}

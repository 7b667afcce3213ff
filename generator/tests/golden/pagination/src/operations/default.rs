// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `GET /things`
    pub fn list_things(
        &self,
        params: &crate::models::ListThingsParams,
    ) -> crate::runtime::Call<'_, crate::models::ListThingsResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/things",
        );
        request
            .query_param(
                "offset",
                &params.offset,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query_param("limit", &params.limit, crate::runtime::ParamStyle::Form, true);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_things`](crate::Client::list_things) across all pages, as a stream. The next page starts at the previous offset plus the items received; the stream ends at the reported total. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_things_stream<'a>(
        &'a self,
        params: &'a crate::models::ListThingsParams,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Thing, crate::runtime::Error>,
    > + Send + 'a {
        let params = params.clone();
        let start = params
            .offset
            .and_then(|offset| u64::try_from(offset).ok())
            .unwrap_or(0);
        crate::runtime::pagination::offset_stream(
            start,
            move |offset| {
                let mut params = params.clone();
                params.offset = Some(i64::try_from(offset).unwrap_or(i64::MAX));
                self.list_things(&params)
            },
            |response: crate::models::ListThingsResponse| (
                response.results,
                {
                    let total = response.count;
                    u64::try_from(total).ok()
                },
            ),
        )
    }
    /// `POST /search`
    pub fn search_things(
        &self,
        body: &crate::models::SearchThingsBody,
    ) -> crate::runtime::Call<'_, crate::models::SearchThingsResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/search",
        );
        request.json_body(body);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::search_things`](crate::Client::search_things) across all pages, as a stream. The next page starts at the previous offset plus the items received; the stream ends at the reported total. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn search_things_stream<'a>(
        &'a self,
        body: &'a crate::models::SearchThingsBody,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Thing, crate::runtime::Error>,
    > + Send + 'a {
        let body = body.clone();
        let start = body
            .offset
            .and_then(|offset| u64::try_from(offset).ok())
            .unwrap_or(0);
        crate::runtime::pagination::offset_stream(
            start,
            move |offset| {
                let mut body = body.clone();
                body.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                self.search_things(&body)
            },
            |response: crate::models::SearchThingsResponse| (
                response.results.unwrap_or_default(),
                response.count.and_then(|total| u64::try_from(total).ok()),
            ),
        )
    }
    /// GitHub style, detected from the declared Link header.
    ///
    /// `GET /repos`
    pub fn list_repos(
        &self,
        params: &crate::models::ListReposParams,
    ) -> crate::runtime::Call<'_, Vec<crate::models::Thing>> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/repos",
        );
        request
            .query_param(
                "per_page",
                &params.per_page,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query_param("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_repos`](crate::Client::list_repos) across all pages, as a stream. The next page is the `Link` response header's `rel="next"` URL, followed only on the API's own origin; the stream ends on a page without one. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_repos_stream<'a>(
        &'a self,
        params: &'a crate::models::ListReposParams,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Thing, crate::runtime::Error>,
    > + Send + 'a {
        crate::runtime::pagination::link_stream(
            move || self.list_repos(params),
            |response: Vec<crate::models::Thing>| response,
        )
    }
    /// Stripe style, detected from starting_after, has_more and the items' id.
    ///
    /// `GET /charges`
    pub fn list_charges(
        &self,
        params: &crate::models::ListChargesParams,
    ) -> crate::runtime::Call<'_, crate::models::ListChargesResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/charges",
        );
        request
            .query_param(
                "starting_after",
                &params.starting_after,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query_param("limit", &params.limit, crate::runtime::ParamStyle::Form, true);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_charges`](crate::Client::list_charges) across all pages, as a stream. Each page starts after the last item of the previous one; the stream ends on a page that says there are no more. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_charges_stream<'a>(
        &'a self,
        params: &'a crate::models::ListChargesParams,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Charge, crate::runtime::Error>,
    > + Send + 'a {
        crate::runtime::pagination::cursor_stream(
            move |cursor: Option<&String>| {
                let mut params = params.clone();
                if let Some(cursor) = cursor {
                    params.starting_after = Some(cursor.clone());
                }
                self.list_charges(&params)
            },
            |response: crate::models::ListChargesResponse| {
                let has_more = Some(response.has_more);
                let items = response.data;
                let next = items.last().map(|value| value.id.clone());
                crate::runtime::pagination::CursorPage {
                    items,
                    next,
                    has_more,
                }
            },
        )
    }
    /// Google style, detected from pageToken and nextPageToken.
    ///
    /// `GET /files`
    pub fn list_files(
        &self,
        params: &crate::models::ListFilesParams,
    ) -> crate::runtime::Call<'_, crate::models::ListFilesResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/files",
        );
        request
            .query_param(
                "pageToken",
                &params.page_token,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_files`](crate::Client::list_files) across all pages, as a stream. Each page names the cursor of the next; the stream ends on a page that names none or says there are no more. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_files_stream<'a>(
        &'a self,
        params: &'a crate::models::ListFilesParams,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Thing, crate::runtime::Error>,
    > + Send + 'a {
        crate::runtime::pagination::cursor_stream(
            move |cursor: Option<&String>| {
                let mut params = params.clone();
                if let Some(cursor) = cursor {
                    params.page_token = Some(cursor.clone());
                }
                self.list_files(&params)
            },
            |response: crate::models::ListFilesResponse| {
                let has_more = None;
                let next = response.next_page_token.clone();
                let items = response.files.unwrap_or_default();
                crate::runtime::pagination::CursorPage {
                    items,
                    next,
                    has_more,
                }
            },
        )
    }
    /// Slack style, with the next cursor one object down.
    ///
    /// `GET /channels`
    pub fn list_channels(
        &self,
        params: &crate::models::ListChannelsParams,
    ) -> crate::runtime::Call<'_, crate::models::ListChannelsResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/channels",
        );
        request
            .query_param(
                "cursor",
                &params.cursor,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_channels`](crate::Client::list_channels) across all pages, as a stream. Each page names the cursor of the next; the stream ends on a page that names none or says there are no more. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_channels_stream<'a>(
        &'a self,
        params: &'a crate::models::ListChannelsParams,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Thing, crate::runtime::Error>,
    > + Send + 'a {
        crate::runtime::pagination::cursor_stream(
            move |cursor: Option<&String>| {
                let mut params = params.clone();
                if let Some(cursor) = cursor {
                    params.cursor = Some(cursor.clone());
                }
                self.list_channels(&params)
            },
            |response: crate::models::ListChannelsResponse| {
                let has_more = None;
                let next = response
                    .response_metadata
                    .as_ref()
                    .and_then(|value| value.next_cursor.clone());
                let items = response.channels;
                crate::runtime::pagination::CursorPage {
                    items,
                    next,
                    has_more,
                }
            },
        )
    }
    /// Django REST framework style, a next-page URL in the body.
    ///
    /// `GET /events`
    pub fn list_events(
        &self,
    ) -> crate::runtime::Call<'_, crate::models::ListEventsResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/events",
        );
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_events`](crate::Client::list_events) across all pages, as a stream. The next page is the URL the response names, followed only on the API's own origin; the stream ends on a page without one. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_events_stream<'a>(
        &'a self,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Thing, crate::runtime::Error>,
    > + Send + 'a {
        crate::runtime::pagination::next_url_stream(
            move || self.list_events(),
            |response: crate::models::ListEventsResponse| {
                let next = response.next.clone();
                (response.results.unwrap_or_default(), next)
            },
        )
    }
    /// Azure style, declared by x-ms-pageable.
    ///
    /// `GET /vaults`
    pub fn list_vaults(
        &self,
    ) -> crate::runtime::Call<'_, crate::models::ListVaultsResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/vaults",
        );
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_vaults`](crate::Client::list_vaults) across all pages, as a stream. The next page is the URL the response names, followed only on the API's own origin; the stream ends on a page without one. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_vaults_stream<'a>(
        &'a self,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Thing, crate::runtime::Error>,
    > + Send + 'a {
        crate::runtime::pagination::next_url_stream(
            move || self.list_vaults(),
            |response: crate::models::ListVaultsResponse| {
                let next = response.next_link.clone();
                (response.value.unwrap_or_default(), next)
            },
        )
    }
    /// Page numbers with the number of pages, detected.
    ///
    /// `GET /numbered`
    pub fn list_numbered(
        &self,
        params: &crate::models::ListNumberedParams,
    ) -> crate::runtime::Call<'_, crate::models::ListNumberedResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/numbered",
        );
        request
            .query_param("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_numbered`](crate::Client::list_numbered) across all pages, as a stream. Pages are fetched by number, one after the other; the stream ends after the last page the response reports. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_numbered_stream<'a>(
        &'a self,
        params: &'a crate::models::ListNumberedParams,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Thing, crate::runtime::Error>,
    > + Send + 'a {
        let start = params.page.and_then(|page| u64::try_from(page).ok()).unwrap_or(0);
        crate::runtime::pagination::page_stream(
            start,
            0,
            move |page| {
                let mut params = params.clone();
                params.page = Some(i32::try_from(page).unwrap_or(i32::MAX));
                self.list_numbered(&params)
            },
            |response: crate::models::ListNumberedResponse| (
                response.items.unwrap_or_default(),
                response.total_pages.and_then(|pages| u64::try_from(pages).ok()),
            ),
        )
    }
    /// Page numbers without a total are ambiguous; configured in generator.toml.
    ///
    /// `GET /pages`
    pub fn list_pages(
        &self,
        params: &crate::models::ListPagesParams,
    ) -> crate::runtime::Call<'_, crate::models::ListPagesResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/pages",
        );
        request.query_param("p", &params.p, crate::runtime::ParamStyle::Form, true);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_pages`](crate::Client::list_pages) across all pages, as a stream. Pages are fetched by number, one after the other; the stream ends after the last page the response reports. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_pages_stream<'a>(
        &'a self,
        params: &'a crate::models::ListPagesParams,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Thing, crate::runtime::Error>,
    > + Send + 'a {
        let start = params.p.and_then(|page| u64::try_from(page).ok()).unwrap_or(1);
        crate::runtime::pagination::page_stream(
            start,
            1,
            move |page| {
                let mut params = params.clone();
                params.p = Some(i64::try_from(page).unwrap_or(i64::MAX));
                self.list_pages(&params)
            },
            |response: crate::models::ListPagesResponse| (
                response.entries.unwrap_or_default(),
                response
                    .meta
                    .as_ref()
                    .and_then(|value| value.pages)
                    .and_then(|pages| u64::try_from(pages).ok()),
            ),
        )
    }
    /// A cursor in the JSON body under names only the config knows.
    ///
    /// `POST /logs`
    pub fn list_logs(
        &self,
        body: &crate::models::ListLogsBody,
    ) -> crate::runtime::Call<'_, crate::models::ListLogsResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/logs",
        );
        request.json_body(body);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_logs`](crate::Client::list_logs) across all pages, as a stream. Each page names the cursor of the next; the stream ends on a page that names none or says there are no more. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_logs_stream<'a>(
        &'a self,
        body: &'a crate::models::ListLogsBody,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<String, crate::runtime::Error>,
    > + Send + 'a {
        crate::runtime::pagination::cursor_stream(
            move |cursor: Option<&i64>| {
                let mut body = body.clone();
                if let Some(cursor) = cursor {
                    body.from = Some(*cursor);
                }
                self.list_logs(&body)
            },
            |response: crate::models::ListLogsResponse| {
                let has_more = response.meta.as_ref().map(|value| value.more);
                let next = response.meta.as_ref().and_then(|value| value.next_from);
                let items = response.lines;
                crate::runtime::pagination::CursorPage {
                    items,
                    next,
                    has_more,
                }
            },
        )
    }
    /// Configured as last-item, which does not fit; a warning and no stream.
    ///
    /// `GET /broken`
    pub fn list_broken(
        &self,
    ) -> crate::runtime::Call<'_, crate::models::ListBrokenResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/broken",
        );
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// `GET /foo`
    pub fn list_foo(
        &self,
        params: &crate::models::ListFooParams,
    ) -> crate::runtime::Call<'_, crate::models::ListFooResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/foo",
        );
        request
            .query_param(
                "offset",
                &params.offset,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_foo`](crate::Client::list_foo) across all pages, as a stream. The next page starts at the previous offset plus the items received; the stream ends at the reported total. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_foo_stream2<'a>(
        &'a self,
        params: &'a crate::models::ListFooParams,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Thing, crate::runtime::Error>,
    > + Send + 'a {
        let params = params.clone();
        let start = params
            .offset
            .and_then(|offset| u64::try_from(offset).ok())
            .unwrap_or(0);
        crate::runtime::pagination::offset_stream(
            start,
            move |offset| {
                let mut params = params.clone();
                params.offset = Some(i64::try_from(offset).unwrap_or(i64::MAX));
                self.list_foo(&params)
            },
            |response: crate::models::ListFooResponse| (
                response.results.unwrap_or_default(),
                response.total.and_then(|total| u64::try_from(total).ok()),
            ),
        )
    }
    /// Keeps its name; listFoo's stream method gets another.
    ///
    /// `GET /foo-stream`
    pub fn list_foo_stream(&self) -> crate::runtime::Call<'_, crate::models::Thing> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/foo-stream",
        );
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
}

// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
//! Redirects, followed by the runtime rather than by reqwest, so that no credential
//! ever leaves the API's origin.
//!
//! [`next_hop`] is a pure decision: given the redirect response and where the call
//! stands, it says where the next request goes and what it may carry, or why the
//! redirect must not be followed.

use reqwest::{Method, StatusCode, Url};

use crate::runtime::config::CrossOriginRedirects;

/// Where a followed redirect sends the next request.
#[derive(Clone, Debug)]
pub(crate) struct Hop {
    /// The resolved `Location`.
    pub(crate) url: Url,
    /// The method of the next request.
    pub(crate) method: Method,
    /// Whether the request body is sent again (307/308 keep it; the others drop it).
    pub(crate) with_body: bool,
    /// True once the chain has left the API's origin: from then on nothing of the
    /// caller's (credentials, headers, cookies, body) is sent, even if a later redirect
    /// points back.
    pub(crate) stripped: bool,
}

/// Whether `status` is a redirect the runtime follows.
pub(crate) fn is_redirect(status: StatusCode) -> bool {
    matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308)
}

/// Same scheme, host and port.
pub(crate) fn same_origin(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}

/// The request that was redirected.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Redirected<'a> {
    /// Its method.
    pub(crate) method: &'a Method,
    /// Its URL, against which a relative `Location` is resolved.
    pub(crate) url: &'a Url,
    /// Whether it carried a body.
    pub(crate) has_body: bool,
    /// Whether the chain had already left the API's origin.
    pub(crate) stripped: bool,
}

/// Decides how to follow a redirect `status` with `location` from the request `from`;
/// `origin` is the API's base URL. The error holds the location (resolved when it
/// could be) and the reason the redirect is not followed.
pub(crate) fn next_hop(
    status: StatusCode,
    location: &str,
    from: Redirected<'_>,
    origin: &Url,
    policy: CrossOriginRedirects,
) -> Result<Hop, (String, String)> {
    let Redirected {
        method,
        url: current,
        has_body,
        stripped,
    } = from;
    let url = current.join(location.trim()).map_err(|e| {
        (
            location.to_owned(),
            format!("the Location header is not a URL: {e}"),
        )
    })?;
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err((
            url.to_string(),
            "the target is not an http(s) URL".to_owned(),
        ));
    }
    // 303 always becomes a GET; 301 and 302 turn a POST into a GET, as browsers and
    // RFC 9110 section 15.4 allow. 307 and 308 repeat the request as it was.
    let (method, with_body) = match status.as_u16() {
        303 if *method != Method::HEAD => (Method::GET, false),
        301 | 302 if *method == Method::POST => (Method::GET, false),
        301..=303 => (method.clone(), false),
        _ => (method.clone(), has_body),
    };
    let leaves = stripped || !same_origin(&url, origin);
    if leaves {
        match policy {
            CrossOriginRedirects::Refuse => {
                return Err((
                    url.to_string(),
                    "the target is another origin; credentials are never sent there \
                     (see CrossOriginRedirects)"
                        .to_owned(),
                ))
            }
            CrossOriginRedirects::FollowWithoutCredentials if with_body => {
                return Err((
                    url.to_string(),
                    "the target is another origin and the redirect would need the request \
                     body, which is never sent there"
                        .to_owned(),
                ))
            }
            CrossOriginRedirects::FollowWithoutCredentials => {}
        }
    }
    Ok(Hop {
        url,
        method,
        with_body: with_body && !leaves,
        stripped: leaves,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).expect("test URL")
    }

    fn hop(
        status: u16,
        location: &str,
        method: Method,
        policy: CrossOriginRedirects,
    ) -> Result<Hop, (String, String)> {
        let api = url("https://api.example.com/v1/things?x=1");
        let from = Redirected {
            method: &method,
            url: &api,
            has_body: true,
            stripped: false,
        };
        next_hop(
            StatusCode::from_u16(status).expect("status"),
            location,
            from,
            &url("https://api.example.com"),
            policy,
        )
    }

    #[test]
    fn same_origin_keeps_or_drops_the_body_by_status() {
        for (status, method, expected, body) in [
            (301, Method::POST, Method::GET, false),
            (302, Method::POST, Method::GET, false),
            (303, Method::POST, Method::GET, false),
            (303, Method::PUT, Method::GET, false),
            (301, Method::PUT, Method::PUT, false),
            (307, Method::POST, Method::POST, true),
            (308, Method::PATCH, Method::PATCH, true),
        ] {
            let next =
                hop(status, "/v2/things", method, CrossOriginRedirects::Refuse).expect("followed");
            assert_eq!(next.method, expected, "{status}");
            assert_eq!(next.with_body, body, "{status}");
            assert!(!next.stripped);
            assert_eq!(next.url.as_str(), "https://api.example.com/v2/things");
        }
    }

    #[test]
    fn another_scheme_host_or_port_is_another_origin() {
        for target in [
            "http://api.example.com/v1",
            "https://evil.example.com/v1",
            "https://api.example.com:8443/v1",
            "//evil.example.com/x",
        ] {
            let refused = hop(302, target, Method::GET, CrossOriginRedirects::Refuse);
            assert!(refused.is_err(), "{target}");
            let followed = hop(
                302,
                target,
                Method::GET,
                CrossOriginRedirects::FollowWithoutCredentials,
            )
            .expect("followed without credentials");
            assert!(followed.stripped, "{target}");
            assert!(!followed.with_body);
        }
        assert!(hop(
            302,
            "https://api.example.com:443/x",
            Method::GET,
            CrossOriginRedirects::Refuse
        )
        .is_ok());
    }

    #[test]
    fn a_body_never_crosses_origins_and_odd_targets_are_refused() {
        let err = hop(
            307,
            "https://evil.example.com/",
            Method::POST,
            CrossOriginRedirects::FollowWithoutCredentials,
        )
        .expect_err("the body would be needed");
        assert!(err.1.contains("body"), "{}", err.1);
        for target in ["javascript:alert(1)", "file:///etc/passwd", "http://[::1"] {
            assert!(
                hop(
                    302,
                    target,
                    Method::GET,
                    CrossOriginRedirects::FollowWithoutCredentials
                )
                .is_err(),
                "{target}"
            );
        }
    }
}

//! One table of path templates drives both readings of a template: the generator's
//! (`generator::lower::path`, which decides a method's path arguments) and the
//! runtime's (`RequestSpec::render_path`, which builds the URL those arguments go
//! into). If either drifts from the rule in `lower/path.rs`, a row here fails.

use client_runtime::runtime::{ParamStyle, RequestSpec};
use generator::lower::path::{param_names, parse_path_template, PathPart};
use reqwest::Method;

/// A template, how it reads (parameters shown as `<name>`, everything else literal),
/// and the path the runtime sends when the n-th distinct parameter is set to `v{n}`.
struct Case {
    template: &'static str,
    reads_as: &'static str,
    sent: &'static str,
}

const CASES: &[Case] = &[
    Case {
        template: "/pets/{petId}",
        reads_as: "/pets/<petId>",
        sent: "/pets/v0",
    },
    Case {
        template: "/{x}/{x}",
        reads_as: "/<x>/<x>",
        sent: "/v0/v0",
    },
    Case {
        template: "/a/{id",
        reads_as: "/a/{id",
        sent: "/a/%7Bid",
    },
    Case {
        template: "/a/id}",
        reads_as: "/a/id}",
        sent: "/a/id%7D",
    },
    Case {
        template: "/a/{{id}}",
        reads_as: "/a/{<id>}",
        sent: "/a/%7Bv0%7D",
    },
    Case {
        template: "{{x}}",
        reads_as: "{<x>}",
        sent: "%7Bv0%7D",
    },
    Case {
        template: "/{a}{b}",
        reads_as: "/<a><b>",
        sent: "/v0v1",
    },
    Case {
        template: "/a/{}",
        reads_as: "/a/{}",
        sent: "/a/%7B%7D",
    },
    Case {
        template: "/a/{b/c}",
        reads_as: "/a/{b/c}",
        sent: "/a/%7Bb/c%7D",
    },
    Case {
        template: "/a/{b}{c",
        reads_as: "/a/<b>{c",
        sent: "/a/v0%7Bc",
    },
    Case {
        template: "/a/{{b}",
        reads_as: "/a/{<b>",
        sent: "/a/%7Bv0",
    },
    Case {
        template: "/a/}{b}{",
        reads_as: "/a/}<b>{",
        sent: "/a/%7Dv0%7B",
    },
    Case {
        template: "/files/{name}.{ext}",
        reads_as: "/files/<name>.<ext>",
        sent: "/files/v0.v1",
    },
    Case {
        template: "/é/{ñame}/ü}",
        reads_as: "/é/<ñame>/ü}",
        sent: "/é/v0/ü%7D",
    },
    Case {
        template: "/数据/{标识}/{标识}",
        reads_as: "/数据/<标识>/<标识>",
        sent: "/数据/v0/v0",
    },
    Case {
        template: "/{ id }",
        reads_as: "/< id >",
        sent: "/v0",
    },
    Case {
        template: "/plain/path",
        reads_as: "/plain/path",
        sent: "/plain/path",
    },
    Case {
        template: "",
        reads_as: "",
        sent: "",
    },
];

fn describe(parts: &[PathPart]) -> String {
    parts
        .iter()
        .map(|part| match part {
            PathPart::Literal(text) => text.clone(),
            PathPart::Param(name) => format!("<{name}>"),
        })
        .collect()
}

/// What the runtime should send, computed from the generator's reading alone.
fn expected_from_generator(template: &str) -> String {
    let parts = parse_path_template(template);
    let names = param_names(&parts);
    parts
        .iter()
        .map(|part| match part {
            PathPart::Literal(text) => text.replace('{', "%7B").replace('}', "%7D"),
            PathPart::Param(name) => format!(
                "v{}",
                names.iter().position(|n| n == name).unwrap_or(usize::MAX)
            ),
        })
        .collect()
}

fn rendered_by_runtime(template: &'static str) -> Result<String, String> {
    let mut request = RequestSpec::new(Method::GET, template);
    for (index, name) in param_names(&parse_path_template(template))
        .into_iter()
        .enumerate()
    {
        request.path_param(name, &format!("v{index}"), ParamStyle::Simple, false);
    }
    request.render_path()
}

#[test]
fn the_generator_reads_each_template_as_the_table_says() {
    for case in CASES {
        assert_eq!(
            describe(&parse_path_template(case.template)),
            case.reads_as,
            "template {:?}",
            case.template
        );
    }
}

#[test]
fn the_runtime_sends_each_template_as_the_table_says() {
    for case in CASES {
        assert_eq!(
            rendered_by_runtime(case.template).as_deref(),
            Ok(case.sent),
            "template {:?}",
            case.template
        );
    }
}

#[test]
fn the_runtime_and_the_generator_agree_on_every_template() {
    for case in CASES {
        assert_eq!(
            rendered_by_runtime(case.template),
            Ok(expected_from_generator(case.template)),
            "template {:?}",
            case.template
        );
    }
}

#[test]
fn only_the_parameters_the_generator_sees_are_needed() {
    // A method passes exactly the generator's parameters; the runtime must not ask
    // for another one (the old reading of `/a/{id` wanted none and then failed).
    for case in CASES {
        let parts = parse_path_template(case.template);
        let names = param_names(&parts);
        let mut request = RequestSpec::new(Method::GET, case.template);
        for name in &names {
            request.path_param(name, "x", ParamStyle::Simple, false);
        }
        assert!(
            request.render_path().is_ok(),
            "template {:?}",
            case.template
        );
        if let Some(first) = names.first() {
            let mut missing = RequestSpec::new(Method::GET, case.template);
            for name in names.iter().filter(|n| *n != first) {
                missing.path_param(name, "x", ParamStyle::Simple, false);
            }
            assert!(
                missing.render_path().is_err(),
                "template {:?} without `{first}`",
                case.template
            );
        }
    }
}

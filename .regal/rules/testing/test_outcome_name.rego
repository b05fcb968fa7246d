# METADATA
# description: |
#   A test of a rule, the waiver governance or the entrypoint is named for the outcome it expects: test_fail_<what>,
#   test_pass_<what>, test_na_<what> (not applicable) or test_waived_<what>. The lib/ packages' unit tests, which
#   check a function's value rather than a finding, are exempt. See CONTRIBUTING.md, section 3.
# schemas:
#   - input: schema.regal.ast
package custom.regal.rules.testing["test-outcome-name"]

import data.regal.ast
import data.regal.result

report contains violation if {
	not startswith(ast.package_name, "kcb.lib.")
	some rule in ast.tests
	not regex.match(`^test_(fail|pass|na|waived)_[a-z0-9_]+$`, ast.ref_to_string(rule.head.ref))

	violation := result.fail(rego.metadata.chain(), result.location(rule.head))
}

# METADATA
# description: |
#   The credentials written into the configuration, as the runner's one secret detector found them
#   (src/validate/secrets.ts): input.secrets lists each as {pointer, kind, kindVi}, never the value. The same
#   detector withholds secrets from every output, so what this rule reports and what the outputs hide agree.
#   Without input.secrets (an input not prepared by the runner) nothing is found and nothing passes.
package kcb.lib.secrets

# found lists each secret as {pointer, kind}.
found contains {"pointer": secret.pointer, "kind": secret.kind} if {
	some secret in input.secrets
}

# detected holds when the runner supplied the detector's result (an empty list when the config holds no secret).
detected if is_array(input.secrets)

# by_pointer_vi is by_pointer with the kinds named in Vietnamese.
by_pointer_vi[pointer] := concat(", ", sort([secret.kindVi | some secret in input.secrets; secret.pointer == pointer])) if {
	some pointer in {secret.pointer | some secret in found}
}

# by_pointer maps the JSON pointer of each secret to the kinds of secret found there, e.g. "bearer token, JSON Web Token".
by_pointer[pointer] := concat(", ", sort([secret.kind | some secret in found; secret.pointer == pointer])) if {
	some pointer in {secret.pointer | some secret in found}
}

# METADATA
# description: |
#   JSON pointers (RFC 6901) into the facility config. The runner maps each finding's pointer to the file:line the
#   user sees, so every rule builds its pointers here, escaped in one place.
package kcb.lib.pointer

# of is the pointer to a path of keys and array indices: of(["staff", 3, "trainings", 0]) is "/staff/3/trainings/0".
# A key is escaped ("~" as "~0", then "/" as "~1"); an index is written in decimal; of([]) is "", the whole document.
# A segment that is neither leaves the pointer undefined rather than pointing somewhere else.
of(path) := concat("/", array.concat([""], tokens)) if {
	tokens := [_token(segment) | some segment in path]
	count(tokens) == count(path)
}

_token(segment) := format_int(segment, 10) if is_number(segment)

_token(segment) := replace(replace(segment, "~", "~0"), "/", "~1") if is_string(segment)

package kcb.lib.pointer_test

import data.kcb.lib.pointer

test_of_joins_keys_and_indices if pointer.of(["staff", 3, "trainings", 0]) == "/staff/3/trainings/0"

test_of_empty_path_is_the_whole_document if pointer.of([]) == ""

test_of_escapes_tilde_before_slash if {
	pointer.of(["a/b", "m~n", "~1"]) == "/a~1b/m~0n/~01"
	pointer.of([""]) == "/"
}

test_of_other_segment_is_undefined if not pointer.of(["staff", true])

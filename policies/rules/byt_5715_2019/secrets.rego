package kcb.rules.byt_5715_2019

import data.kcb.lib.findings
import data.kcb.lib.secrets

# METADATA
# scope: document
# title: The configuration discloses no account password, token or key
# description: |
#   No password, token, private key or credential-bearing connection string is written in the configuration:
#   neither under a secret-named key nor as a secret-shaped string anywhere. A finding names the JSON pointer
#   and the kind of secret, never the value. This rule cannot be waived.
# custom:
#   title_vi: Cấu hình không làm lộ mật khẩu, mã truy cập hay khoá của tài khoản
#   description_vi: >-
#     Cấu hình không chứa mật khẩu, mã truy cập, khoá riêng hay chuỗi kết nối có mật khẩu: không dưới khoá mang tên bí
#     mật, cũng không ở bất kỳ giá trị nào có dạng bí mật. Phát hiện chỉ nêu vị trí và loại bí mật, không bao giờ in
#     giá trị. Không được miễn trừ quy tắc này.
#   item: "¶3"
#   clause: >-
#     Tuyệt đối không được để lộ thông tin tài khoản cho các cá nhân, đơn vị không được giao nhiệm vụ.
#   severity: critical
#   assessment: automated
#   waivable: false
#   evidence: ["* (every value in the configuration)"]
#   remediation:
#     vi: >-
#       Xoá mật khẩu, mã truy cập, khoá khỏi tệp cấu hình (và lịch sử phiên bản), đổi ngay mật khẩu/khoá đã lộ,
#       lưu bí mật trong kho bí mật riêng.
#     en: >-
#       Remove the password, token or key from the configuration (and its version history), change the exposed
#       credential at once, and keep secrets in a dedicated secret store.
account_secrets_not_in_config contains finding if {
	some pointer, kinds in secrets.by_pointer
	finding := findings.fail(
		concat("", ["secret:", pointer]), pointer,
		concat("", [
			"Cấu hình chứa thông tin bí mật (", secrets.by_pointer_vi[pointer],
			"); giá trị không được in ra.",
		]),
		concat("", ["The configuration holds a secret (", kinds, "); the value is not shown."]),
	)
}

account_secrets_not_in_config contains finding if {
	secrets.detected
	count(secrets.found) == 0
	finding := findings.pass(
		"facility", "",
		"Cấu hình không chứa mật khẩu, mã truy cập, khoá hay chuỗi kết nối có mật khẩu.",
		"The configuration holds no password, token, key or connection string with credentials.",
	)
}

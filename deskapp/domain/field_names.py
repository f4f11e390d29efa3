"""The names of the fields a refusal names, in the language spoken.

A field is known to the code by its Korean name: the records workbook's column, the key a
form finds its widget by, what ``ValidationError`` carries. Shown to a user, it is said in
the language spoken: :func:`field_label` gives the English name from this table, translated
through the catalogue (context ``field``); a name not in the table is shown as it is.
"""

from __future__ import annotations

from deskapp.i18n import language, noop, translate

#: Korean field key -> its English name (the catalogue's source).
FIELD_NAMES: dict[str, str] = {
    "SMS수신동의": noop("field", "SMS consent"),  # korean-data: the key
    "결과": noop("field", "Result"),  # korean-data: the key
    "경력": noop("field", "Work history"),  # korean-data: the key
    "계정": noop("field", "Account"),  # korean-data: the key
    "고용형태": noop("field", "Employment type"),  # korean-data: the key
    "교육대상": noop("field", "Trainees"),  # korean-data: the key
    "구민여부": noop("field", "Resident of the district"),  # korean-data: the key
    "구분": noop("field", "Kind"),  # korean-data: the key
    "구인": noop("field", "Opening"),  # korean-data: the key
    "구인번호": noop("field", "Opening no."),  # korean-data: the key
    "구직자": noop("field", "Job seeker"),  # korean-data: the key
    "구직자번호": noop("field", "Job seeker no."),  # korean-data: the key
    "기간": noop("field", "Period"),  # korean-data: the key
    "내용": noop("field", "Details"),  # korean-data: the key
    "다음 일자": noop("field", "Next date"),  # korean-data: the key
    "다음 할 일": noop("field", "Next action"),  # korean-data: the key
    "다음연락일": noop("field", "Next contact date"),  # korean-data: the key
    "담당상담사": noop("field", "Assigned counselor"),  # korean-data: the key
    "담당자": noop("field", "Contact person"),  # korean-data: the key
    "대상그룹": noop("field", "Target groups"),  # korean-data: the key
    "데이터베이스": noop("field", "Database"),  # korean-data: the key
    "등록일": noop("field", "Registration date"),  # korean-data: the key
    "등록창구": noop("field", "Registration desk"),  # korean-data: the key
    "마감": noop("field", "Month close"),  # korean-data: the key
    "마감사유": noop("field", "Reason for closing"),  # korean-data: the key
    "마감일": noop("field", "Closing date"),  # korean-data: the key
    "모집인원": noop("field", "Headcount"),  # korean-data: the key
    "모집직종": noop("field", "Occupation"),  # korean-data: the key
    "모집직종코드": noop("field", "Occupation code"),  # korean-data: the key
    "목표": noop("field", "Target"),  # korean-data: the key
    "무효": noop("field", "Void"),  # korean-data: the key
    "무효 사유": noop("field", "Reason for voiding"),  # korean-data: the key
    "백업 파일": noop("field", "Backup file"),  # korean-data: the key
    "번호": noop("field", "Number"),  # korean-data: the key
    "병합": noop("field", "Merge"),  # korean-data: the key
    "보존 기간": noop("field", "Retention period"),  # korean-data: the key
    "비고": noop("field", "Remarks"),  # korean-data: the key
    "비밀번호": noop("field", "Password"),  # korean-data: the key
    "사업자등록번호": noop("field", "Business registration no."),  # korean-data: the key
    "사용자 이름": noop("field", "User name"),  # korean-data: the key
    "사유": noop("field", "Reason"),  # korean-data: the key
    "상담내용": noop("field", "Session notes"),  # korean-data: the key
    "상담방법": noop("field", "Session method"),  # korean-data: the key
    "상담으로 셈": noop("field", "Counts as a session"),  # korean-data: the key
    "상담일": noop("field", "Session date"),  # korean-data: the key
    "상담창구": noop("field", "Session desk"),  # korean-data: the key
    "상태": noop("field", "Status"),  # korean-data: the key
    "생년월일": noop("field", "Date of birth"),  # korean-data: the key
    "성명": noop("field", "Name"),  # korean-data: the key
    "성별": noop("field", "Sex"),  # korean-data: the key
    "수정 사유": noop("field", "Reason for the correction"),  # korean-data: the key
    "시작일": noop("field", "Start date"),  # korean-data: the key
    "신규 발굴": noop("field", "New find"),  # korean-data: the key
    "알선": noop("field", "Referral"),  # korean-data: the key
    "알선일": noop("field", "Referral date"),  # korean-data: the key
    "알선창구": noop("field", "Referral desk"),  # korean-data: the key
    "업종": noop("field", "Industry"),  # korean-data: the key
    "업체명": noop("field", "Employer name"),  # korean-data: the key
    "업체번호": noop("field", "Employer no."),  # korean-data: the key
    "연도": noop("field", "Year"),  # korean-data: the key
    "연락 없음 기준": noop("field", "No-contact threshold"),  # korean-data: the key
    "연락처": noop("field", "Phone"),  # korean-data: the key
    "완료일": noop("field", "Date done"),  # korean-data: the key
    "운영창구": noop("field", "Operating desk"),  # korean-data: the key
    "월": noop("field", "Month"),  # korean-data: the key
    "위탁기관": noop("field", "Provider"),  # korean-data: the key
    "이수일": noop("field", "Completion date"),  # korean-data: the key
    "일자": noop("field", "Date"),  # korean-data: the key
    "임금": noop("field", "Wage"),  # korean-data: the key
    "자격증": noop("field", "Certificates"),  # korean-data: the key
    "장소": noop("field", "Venue"),  # korean-data: the key
    "장소구분": noop("field", "Venue type"),  # korean-data: the key
    "재개 사유": noop("field", "Reason for reopening"),  # korean-data: the key
    "접촉일": noop("field", "Contact date"),  # korean-data: the key
    "종료일": noop("field", "End date"),  # korean-data: the key
    "종류": noop("field", "Kind"),  # korean-data: the key
    "주관": noop("field", "Organiser"),  # korean-data: the key
    "주소": noop("field", "Address"),  # korean-data: the key
    "주제": noop("field", "Topic"),  # korean-data: the key
    "지표": noop("field", "Measure"),  # korean-data: the key
    "직업분류 파일": noop("field", "Occupation classification file"),  # korean-data: the key
    "참석자": noop("field", "Attendees"),  # korean-data: the key
    "참여일": noop("field", "Enrolment date"),  # korean-data: the key
    "창구": noop("field", "Desk"),  # korean-data: the key
    "채용 약정 인원": noop("field", "Pledged hires"),  # korean-data: the key
    "최종학력": noop("field", "Education"),  # korean-data: the key
    "취득일": noop("field", "Certification date"),  # korean-data: the key
    "취업구분": noop("field", "Placement type"),  # korean-data: the key
    "취업일": noop("field", "Placement date"),  # korean-data: the key
    "취업창구": noop("field", "Placement desk"),  # korean-data: the key
    "표시 이름": noop("field", "Display name"),  # korean-data: the key
    "프로그램명": noop("field", "Programme name"),  # korean-data: the key
    "항목": noop("field", "Item"),  # korean-data: the key
    "행사명": noop("field", "Event name"),  # korean-data: the key
    "행사번호": noop("field", "Event no."),  # korean-data: the key
    "협약일": noop("field", "Agreement date"),  # korean-data: the key
    "확인 시점": noop("field", "Checkpoint"),  # korean-data: the key
    "확인방법": noop("field", "Verification method"),  # korean-data: the key
    "활동 내용": noop("field", "Activity"),  # korean-data: the key
    "회차일": noop("field", "Meeting date"),  # korean-data: the key
    "희망고용형태": noop("field", "Desired employment type"),  # korean-data: the key
    "희망근무지역": noop("field", "Desired work area"),  # korean-data: the key
    "희망임금": noop("field", "Desired wage"),  # korean-data: the key
    "희망직종": noop("field", "Desired occupation"),  # korean-data: the key
    "희망직종코드": noop("field", "Desired occupation code"),  # korean-data: the key
}


def field_label(field: str) -> str:
    """``field`` (its Korean key) as shown in the language spoken."""
    english = FIELD_NAMES.get(field)
    if english is None or language() == "ko":
        return field
    return translate("field", english)

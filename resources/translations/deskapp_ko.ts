<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>AccessLogDialog</name>
        <message>
            <source>Access log</source>
            <extracomment>At most this many lines are read for one query; a longer period asks for a narrower one. The filters of the lines shown (period, actions, account): what 저장 writes.</extracomment>
            <translation>접속기록</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>시작일</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>종료일</translation>
        </message>
        <message>
            <source>All</source>
            <translation>전체</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>행위</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>모든 계정</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>계정</translation>
        </message>
        <message>
            <source>Search (&amp;Q)</source>
            <translation>조회(&amp;Q)</translation>
        </message>
        <message>
            <source>Show access log entries matching the criteria, most recent first (Enter)</source>
            <translation>조건에 맞는 접속기록을 최근 것부터 보입니다 (Enter)</translation>
        </message>
        <message>
            <source>&amp;Save as CSV…</source>
            <translation>CSV로 저장(&amp;S)…</translation>
        </message>
        <message>
            <source>Save the access log entries shown to a CSV file, with the same criteria (period, action, account) used for the search.</source>
            <translation>보이는 접속기록을 조회한 조건(기간·행위·계정) 그대로 CSV 파일로 저장합니다.</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>기간(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>행위(&amp;A):</translation>
        </message>
        <message>
            <source>Acco&amp;unt:</source>
            <translation>계정(&amp;U):</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>Month {month}</source>
            <translation>{month}월</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>월</translation>
        </message>
        <message>
            <source>Show re&amp;view</source>
            <translation>점검 조회(&amp;V)</translation>
        </message>
        <message>
            <source>Monthly review</source>
            <translation>월간 점검</translation>
        </message>
        <message>
            <source>M&amp;onth to review:</source>
            <translation>점검할 달(&amp;O):</translation>
        </message>
        <message>
            <source>Shows a month's downloads, exports, printouts and imports together with their reasons. Review every month whether taking personal data out was justified.</source>
            <translation>한 달 동안의 내려받기·내보내기·인쇄·가져오기를 그 사유와 함께 보입니다. 개인정보를 밖으로 가져간 일이 정당했는지 매달 점검하세요.</translation>
        </message>
        <message>
            <source>Access &amp;log</source>
            <translation>접속기록(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Monthly review</source>
            <translation>월간 점검(&amp;M)</translation>
        </message>
        <message>
            <source>Reading the access log for {period}…</source>
            <translation>{period} 접속기록을 읽는 중…</translation>
        </message>
        <message>
            <source>{period}: {n:,} entries (most recent first)</source>
            <translation>{period}: {n:,}건 (최근 것부터)</translation>
        </message>
        <message>
            <source>— Only the most recent {n:,} entries are shown. Narrow the period or the criteria.</source>
            <translation>— 최근 {n:,}건만 보입니다. 기간이나 조건을 좁히세요.</translation>
        </message>
        <message>
            <source>Reading entries to review for {period}…</source>
            <translation>{period} 점검 대상을 읽는 중…</translation>
        </message>
        <message>
            <source>{action} ({n})</source>
            <translation>{action} {n}건</translation>
        </message>
        <message>
            <source>{month}/{year}: {parts}</source>
            <translation>{year}년 {month}월: {parts}</translation>
        </message>
        <message>
            <source>access_log_{start}_{end}.csv</source>
            <translation>접속기록_{start}_{end}.csv</translation>
        </message>
        <message>
            <source>Save access log as CSV</source>
            <translation>접속기록 CSV로 저장</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>저장했습니다: {path}</translation>
        </message>
        <message>
            <source>Writing the CSV file…</source>
            <translation>CSV 파일을 쓰는 중…</translation>
        </message>
    </context>
    <context>
        <name>AccessLogModel</name>
        <message>
            <source>Time</source>
            <translation>시각</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>계정</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>호스트</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>행위</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>대상</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>내용</translation>
        </message>
    </context>
    <context>
        <name>AccountEventsModel</name>
        <message>
            <source>Add account</source>
            <translation>계정 추가</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>사용 중지</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>다시 사용</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>비밀번호 재설정</translation>
        </message>
        <message>
            <source>Change role and desk</source>
            <translation>역할·창구 변경</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>시각</translation>
        </message>
        <message>
            <source>Done by</source>
            <translation>처리한 계정</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>대상 계정</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>작업</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>내용</translation>
        </message>
    </context>
    <context>
        <name>AccountFormDialog</name>
        <message>
            <source>Add account</source>
            <translation>계정 추가</translation>
        </message>
        <message>
            <source>Starts with a letter; 2–40 letters or digits</source>
            <translation>영문자로 시작, 영문·숫자 2~40자</translation>
        </message>
        <message>
            <source>e.g. Kim Sangdam</source>
            <translation>예: 김상담</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>At least 8 characters, letters and digits</source>
            <translation>8자 이상, 문자와 숫자</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <source>Display &amp;name:</source>
            <translation>표시 이름(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>역할(&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Desk:</source>
            <translation>창구(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>비밀번호(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Confirm password:</source>
            <translation>비밀번호 확인(&amp;C):</translation>
        </message>
        <message>
            <source>Counselor accounts need a desk.</source>
            <translation>상담사 계정에는 창구가 필요합니다.</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>추가(&amp;A)</translation>
        </message>
        <message>
            <source>The password and the confirmation do not match.</source>
            <translation>비밀번호와 비밀번호 확인이 같지 않습니다.</translation>
        </message>
        <message>
            <source>Creating the account…</source>
            <translation>계정을 만드는 중…</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Account management</source>
            <translation>계정 관리</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>계정 목록</translation>
        </message>
        <message>
            <source>Account change history</source>
            <translation>계정 변경 기록</translation>
        </message>
        <message>
            <source>Add… (&amp;N)</source>
            <translation>추가(&amp;N)…</translation>
        </message>
        <message>
            <source>Change &amp;role and desk…</source>
            <translation>역할·창구 변경(&amp;R)…</translation>
        </message>
        <message>
            <source>Reset &amp;password…</source>
            <translation>비밀번호 재설정(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>사용 중지(&amp;D)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>새로 고침</translation>
        </message>
        <message>
            <source>Reload the list (F5)</source>
            <translation>목록을 다시 읽습니다 (F5)</translation>
        </message>
        <message>
            <source>Accounts (&amp;L)</source>
            <translation>계정(&amp;L)</translation>
        </message>
        <message>
            <source>Change &amp;history</source>
            <translation>변경 기록(&amp;H)</translation>
        </message>
        <message>
            <source>Reading the accounts…</source>
            <translation>계정 목록을 읽는 중…</translation>
        </message>
        <message>
            <source>{n} accounts ({active} active)</source>
            <translation>계정 {n}개 (사용 중 {active}개)</translation>
        </message>
        <message>
            <source>R&amp;eactivate</source>
            <translation>다시 사용(&amp;E)</translation>
        </message>
        <message>
            <source>Allow a deactivated account to be used again.</source>
            <translation>사용 중지한 계정을 다시 쓸 수 있게 합니다.</translation>
        </message>
        <message>
            <source>Stop the account from logging in (its records are kept).</source>
            <translation>계정으로 더는 로그인할 수 없게 합니다 (기록은 남습니다).</translation>
        </message>
        <message>
            <source>Saved account {username}.</source>
            <translation>{username} 계정을 저장했습니다.</translation>
        </message>
        <message>
            <source>Reactivated account {username}.</source>
            <translation>{username} 계정을 다시 사용하게 했습니다.</translation>
        </message>
        <message>
            <source>Deactivated account {username}.</source>
            <translation>{username} 계정을 사용 중지했습니다.</translation>
        </message>
        <message>
            <source>Reactivating account {username}…</source>
            <translation>{username} 계정을 다시 사용하게 하는 중…</translation>
        </message>
        <message>
            <source>Deactivating account {username}…</source>
            <translation>{username} 계정을 사용 중지하는 중…</translation>
        </message>
    </context>
    <context>
        <name>AddEmployerForm</name>
        <message>
            <source>Add participating employer — {name}</source>
            <translation>참여업체 추가 — {name}</translation>
        </message>
        <message>
            <source>&amp;Employer</source>
            <translation>업체(&amp;E)</translation>
        </message>
        <message>
            <source>Number to &amp;recruit</source>
            <translation>모집인원(&amp;R)</translation>
        </message>
        <message>
            <source>Opening (&amp;J)</source>
            <translation>구인(&amp;J)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>{occupation}, {headcount} to recruit ({number})</source>
            <translation>{occupation} {headcount}명 ({number})</translation>
        </message>
    </context>
    <context>
        <name>AddParticipantForm</name>
        <message>
            <source>Add participant — {name}</source>
            <translation>참여자 추가 — {name}</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>참여자</translation>
        </message>
        <message>
            <source>Job &amp;seeker</source>
            <translation>구직자(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>AdminTools</name>
        <message>
            <source>Account management and personal data deletion are not available on this PC</source>
            <translation>이 PC에서는 계정 관리·개인정보 파기를 할 수 없습니다</translation>
        </message>
        <message>
            <source>&amp;Admin</source>
            <translation>관리(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Account management…</source>
            <translation>계정 관리(&amp;A)…</translation>
        </message>
        <message>
            <source>Add accounts, deactivate them, and change passwords and roles.</source>
            <translation>계정을 추가하고, 사용 중지하고, 비밀번호와 역할을 바꿉니다.</translation>
        </message>
        <message>
            <source>Access &amp;log…</source>
            <translation>접속기록(&amp;L)…</translation>
        </message>
        <message>
            <source>See who did what and when, save it as CSV, and review it monthly.</source>
            <translation>누가 언제 무엇을 했는지 보고, CSV로 저장하고, 매달 점검합니다.</translation>
        </message>
        <message>
            <source>&amp;Backup and restore…</source>
            <translation>백업·복원(&amp;B)…</translation>
        </message>
        <message>
            <source>Make a copy of the database or restore from a copy.</source>
            <translation>데이터베이스 사본을 만들거나 사본에서 되살립니다.</translation>
        </message>
        <message>
            <source>Delete &amp;personal data…</source>
            <translation>개인정보 파기(&amp;P)…</translation>
        </message>
        <message>
            <source>Delete the personal data of job seekers inactive for a long time (statistics are kept).</source>
            <translation>오래 활동이 없는 구직자의 개인정보를 지웁니다 (통계는 그대로).</translation>
        </message>
        <message>
            <source>Load &amp;occupation classification…</source>
            <translation>직업분류 불러오기(&amp;O)…</translation>
        </message>
        <message>
            <source>Replace the occupation classification (KECO) with the one in a new official CSV file, and add codes to records that have no occupation code.</source>
            <translation>직업분류(KECO)를 새 공식 CSV 파일의 것으로 바꾸고, 직업 코드가 없는 기록에 코드를 붙입니다.</translation>
        </message>
        <message>
            <source>&amp;Check database</source>
            <translation>데이터베이스 검사(&amp;C)</translation>
        </message>
        <message>
            <source>Check integrity and compare the statistics with a full count of the records.</source>
            <translation>무결성을 검사하고 통계를 기록 전수 조회와 대조합니다.</translation>
        </message>
        <message>
            <source>&amp;Screen lock settings…</source>
            <translation>화면 잠금 설정(&amp;S)…</translation>
        </message>
        <message>
            <source>Set how long the screen waits without input before it locks.</source>
            <translation>입력이 없을 때 화면을 잠글 시간을 정합니다.</translation>
        </message>
        <message>
            <source>Loc&amp;k screen</source>
            <translation>화면 잠그기(&amp;K)</translation>
        </message>
        <message>
            <source>Lock the screen when you leave the desk (unlock it with your password).</source>
            <translation>자리를 비울 때 화면을 잠급니다 (비밀번호로 다시 엽니다).</translation>
        </message>
        <message>
            <source>Locks the screen after {n} minutes without input.</source>
            <translation>입력 없이 {n}분이 지나면 화면을 잠급니다.</translation>
        </message>
        <message>
            <source>Showing data from a restored copy: {source}</source>
            <translation>복원한 사본의 데이터를 보여 줍니다: {source}</translation>
        </message>
    </context>
    <context>
        <name>AgreementForm</name>
        <message>
            <source>Enter a whole number of 0 or more.</source>
            <translation>0 이상의 정수를 입력하세요.</translation>
        </message>
        <message>
            <source>Local resident hiring agreement — {name}</source>
            <translation>구민 우선 채용 협약 — {name}</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>업체</translation>
        </message>
        <message>
            <source>Agreement &amp;date</source>
            <translation>협약일(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation>시작일(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;End date</source>
            <translation>종료일(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Pledged hires</source>
            <translation>채용 약정 인원(&amp;P)</translation>
        </message>
        <message>
            <source>Notes (&amp;M)</source>
            <translation>내용(&amp;M)</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Cannot be earlier than the start date.</source>
            <translation>시작일보다 빠를 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>AgreementsModel</name>
        <message>
            <source>Agreement date</source>
            <translation>협약일</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>기간</translation>
        </message>
        <message>
            <source>Pledged</source>
            <translation>약정 인원</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>채용</translation>
        </message>
        <message>
            <source>Resident hires</source>
            <translation>구민 채용</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>내용</translation>
        </message>
    </context>
    <context>
        <name>BackgroundCheck</name>
        <message>
            <source>Checking the database…</source>
            <translation>데이터베이스를 검사하는 중…</translation>
        </message>
        <message>
            <source>⚠ The last check found file damage — restore from a backup</source>
            <translation>⚠ 마지막 검사에서 파일 손상을 찾았습니다 — 백업에서 복원하세요</translation>
        </message>
        <message>
            <source>Database check: no problems</source>
            <translation>데이터베이스 검사: 이상 없음</translation>
        </message>
        <message>
            <source>⚠ Database check: {n} problems — &lt;a href='#'&gt;Details&lt;/a&gt;</source>
            <translation>⚠ 데이터베이스 검사: 문제 {n}건 — &lt;a href='#'&gt;자세히&lt;/a&gt;</translation>
        </message>
        <message>
            <source>⚠ The database check could not be run — &lt;a href='#'&gt;Details&lt;/a&gt;</source>
            <translation>⚠ 데이터베이스 검사를 하지 못했습니다 — &lt;a href='#'&gt;자세히&lt;/a&gt;</translation>
        </message>
    </context>
    <context>
        <name>BackupCopiesModel</name>
        <message>
            <source>Backup now</source>
            <translation>지금 백업</translation>
        </message>
        <message>
            <source>Daily automatic</source>
            <translation>매일 자동</translation>
        </message>
        <message>
            <source>Before import</source>
            <translation>가져오기 전</translation>
        </message>
        <message>
            <source>Before deletion</source>
            <translation>파기 전</translation>
        </message>
        <message>
            <source>Before restore</source>
            <translation>복원 전</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>만든 시각</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <source>File</source>
            <translation>파일</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Backup and restore</source>
            <translation>백업·복원</translation>
        </message>
        <message>
            <source>Copies are made in {folder}. The 10 most recent copies and the newest copy of each of the last 7 days, 4 weeks and 12 months are kept; the rest are deleted.</source>
            <translation>사본은 {folder}에 만듭니다. 최근 사본 10개와 최근 7일·4주·12개월의 가장 새 사본을 남기고 나머지는 지웁니다.</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>지금 백업(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Restore from selected copy…</source>
            <translation>선택한 사본으로 복원(&amp;R)…</translation>
        </message>
        <message>
            <source>Restore &amp;from file…</source>
            <translation>파일에서 복원(&amp;F)…</translation>
        </message>
        <message>
            <source>Backup copies</source>
            <translation>백업 사본 목록</translation>
        </message>
        <message>
            <source>{n} copies</source>
            <translation>사본 {n}개</translation>
        </message>
        <message>
            <source>Reading the list of copies…</source>
            <translation>사본 목록을 읽는 중…</translation>
        </message>
        <message>
            <source>Backed up: {path}</source>
            <translation>백업했습니다: {path}</translation>
        </message>
        <message>
            <source>Copying the database…</source>
            <translation>데이터베이스를 복사하는 중…</translation>
        </message>
        <message>
            <source>Database copy to restore</source>
            <translation>복원할 데이터베이스 사본</translation>
        </message>
        <message>
            <source>deskapp database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>deskapp 데이터베이스 (*.sqlite3 *.sqlite *.db);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>(file)</source>
            <translation>(파일)</translation>
        </message>
        <message>
            <source>Restored from {name}. The data in the window is now the data of this copy. The data from before the restore was saved to {saved}.</source>
            <translation>{name}에서 복원했습니다. 이제 창의 데이터는 이 사본의 데이터입니다. 복원 전 데이터는 {saved}에 저장했습니다.</translation>
        </message>
        <message>
            <source>Saving the current data and restoring from {name}…</source>
            <translation>지금 데이터를 저장하고 {name}에서 복원하는 중…</translation>
        </message>
    </context>
    <context>
        <name>BehindDialog</name>
        <message>
            <source>Total</source>
            <translation>총 계</translation>
        </message>
        <message>
            <source>{group} · {measure} ({period})</source>
            <translation>{group} · {measure} ({period})</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <source>Results list</source>
            <translation>실적 명단</translation>
        </message>
        <message>
            <source>{count} rows (total {total}). Enter on a person: that job seeker's record</source>
            <translation>{count}건 (합계 {total}). 사람에서 Enter: 그 구직자의 기록</translation>
        </message>
    </context>
    <context>
        <name>BehindModel</name>
        <message>
            <source>Date</source>
            <translation>일자</translation>
        </message>
        <message>
            <source>Hiring events</source>
            <translation>행사</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>대상</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>내용</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>인원</translation>
        </message>
    </context>
    <context>
        <name>BreakdownTableModel</name>
        <message>
            <source>Category</source>
            <translation>구 분</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>나눔</translation>
        </message>
    </context>
    <context>
        <name>CaseworkTools</name>
        <message>
            <source>Mer&amp;ge job seekers…</source>
            <translation>구직자 병합(&amp;G)…</translation>
        </message>
        <message>
            <source>Merge one person's duplicate records into one, or undo a merge.</source>
            <translation>한 사람의 중복 기록을 하나로 합치거나 되돌립니다.</translation>
        </message>
    </context>
    <context>
        <name>CertificateForm</name>
        <message>
            <source>Certification — {name}</source>
            <translation>자격 취득 — {name}</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>참여자</translation>
        </message>
        <message>
            <source>Certificate &amp;name</source>
            <translation>자격증(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Date obtained</source>
            <translation>취득일(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>ChangeEmployerForm</name>
        <message>
            <source>Edit participating employer — {name}</source>
            <translation>참여업체 수정 — {name}</translation>
        </message>
        <message>
            <source>Hiring events</source>
            <translation>행사</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>업체</translation>
        </message>
        <message>
            <source>Number to &amp;recruit</source>
            <translation>모집인원(&amp;R)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>Opening (&amp;J)</source>
            <translation>구인(&amp;J)</translation>
        </message>
        <message>
            <source>Reason for edit (&amp;Y)</source>
            <translation>수정 사유(&amp;Y)</translation>
        </message>
        <message>
            <source>e.g. number to recruit changed</source>
            <translation>예: 모집인원 바뀜</translation>
        </message>
        <message>
            <source>{occupation}, {headcount} to recruit ({number})</source>
            <translation>{occupation} {headcount}명 ({number})</translation>
        </message>
    </context>
    <context>
        <name>CheckReportDialog</name>
        <message>
            <source>Database check</source>
            <translation>데이터베이스 검사</translation>
        </message>
        <message>
            <source>Problems found by the check</source>
            <translation>검사에서 찾은 문제</translation>
        </message>
        <message>
            <source>Check again (&amp;R)</source>
            <translation>다시 검사(&amp;R)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>No problems. Integrity and referential integrity were checked, and the statistics were compared with a full count of the records (years: {years}).</source>
            <translation>문제가 없습니다. 무결성과 참조 무결성을 검사했고, 통계를 기록 전수 조회와 대조했습니다 (연도: {years}).</translation>
        </message>
        <message>
            <source>The database check found {n} problems.</source>
            <translation>데이터베이스 검사에서 문제를 {n}건 찾았습니다.</translation>
        </message>
        <message>
            <source>Before exporting statistics, restore from a backup copy or contact technical support.</source>
            <translation>통계를 내보내기 전에 백업 사본에서 복원하거나 기술 담당자에게 문의하세요.</translation>
        </message>
        <message>
            <source>Notify the administrator.</source>
            <translation>관리자에게 알리세요.</translation>
        </message>
        <message>
            <source>Could not check the database: {message}</source>
            <translation>데이터베이스를 검사하지 못했습니다: {message}</translation>
        </message>
    </context>
    <context>
        <name>ClassificationLoader</name>
        <message>
            <source>Occupation classification file to load</source>
            <translation>불러올 직업분류 파일</translation>
        </message>
        <message>
            <source>Occupation classification CSV file (*.csv);;All files (*)</source>
            <translation>직업분류 CSV 파일 (*.csv);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Loading the occupation classification: {name}</source>
            <translation>직업분류를 불러오는 중: {name}</translation>
        </message>
        <message>
            <source>Load occupation classification</source>
            <translation>직업분류 불러오기</translation>
        </message>
        <message>
            <source>Loaded {n:,} occupation classification entries.</source>
            <translation>직업분류 {n:,}개 항목을 불러왔습니다.</translation>
        </message>
        <message>
            <source>Loaded {n:,} occupation classification entries ({name}).</source>
            <translation>직업분류 {n:,}개 항목을 불러왔습니다 ({name}).</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>파일: {name}</translation>
        </message>
        <message>
            <source>Added codes to {n:,} job seeker and opening records that had no occupation code.</source>
            <translation>직업 코드가 없던 구직자·구인 기록 {n:,}건에 코드를 붙였습니다.</translation>
        </message>
        <message>
            <source>The occupation classification in use has not changed.</source>
            <translation>지금 쓰는 직업분류는 그대로입니다.</translation>
        </message>
    </context>
    <context>
        <name>CloseConfirmDialog</name>
        <message>
            <source>Month close — {month}/{year}</source>
            <translation>{year}년 {month}월 마감</translation>
        </message>
        <message>
            <source>Closing {month}/{year} fixes the figures below, and this month's records cannot be added, edited or voided until a team lead reopens it.
Close the month?</source>
            <translation>{year}년 {month}월을 마감하면 아래 수치가 고정되고, 이 달의 기록은 팀장이 마감을 풀 때까지 추가·수정·무효 처리할 수 없습니다.
마감할까요?</translation>
        </message>
        <message>
            <source>Results table to be fixed</source>
            <translation>고정될 실적표</translation>
        </message>
        <message>
            <source>Unfinished work</source>
            <translation>끝나지 않은 일</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>기록</translation>
        </message>
        <message>
            <source>Job seeker</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>내용</translation>
        </message>
        <message>
            <source>&amp;Close anyway</source>
            <translation>그래도 마감하기(&amp;C)</translation>
        </message>
        <message>
            <source>Close month</source>
            <translation>마감하기</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>돌아가기</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Nothing is unfinished this month (unreviewed placements, overdue follow-ups and review flags are all 0).</source>
            <translation>이 달에 끝나지 않은 일은 없습니다 (미검토 취업, 기한 지난 사후관리, 점검 신호 모두 0건).</translation>
        </message>
        <message>
            <source>{n} unreviewed placements</source>
            <translation>미검토 취업 {n}건</translation>
        </message>
        <message>
            <source>{n} overdue follow-ups</source>
            <translation>기한 지난 사후관리 {n}건</translation>
        </message>
        <message>
            <source>{n} review flags</source>
            <translation>점검 신호 {n}건</translation>
        </message>
        <message>
            <source>This month has unfinished work: {counts}. Go back and finish it, or to close as it is, press 'Close anyway' (Alt+C).</source>
            <translation>이 달에 끝나지 않은 일이 있습니다: {counts}. 돌아가서 마무리하거나, 그대로 마감하려면 '그래도 마감하기'(Alt+C)를 누르세요.</translation>
        </message>
    </context>
    <context>
        <name>ClosesModel</name>
        <message>
            <source>Month</source>
            <translation>월</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>마감</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>해제</translation>
        </message>
        <message>
            <source>Reopen reason</source>
            <translation>해제 사유</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>해제됨</translation>
        </message>
    </context>
    <context>
        <name>ClosesTab</name>
        <message>
            <source>A closed month's results stay fixed at the figures at closing, and its records cannot be added, edited or voided. Reopening a month is kept in the access log with the reason.</source>
            <translation>마감한 달의 실적은 마감할 때의 수치로 고정되고, 그 달의 기록은 추가·수정·무효 처리할 수 없습니다. 마감 해제는 사유와 함께 접속기록에 남습니다.</translation>
        </message>
        <message>
            <source>Month to close (&amp;P):</source>
            <translation>마감할 달(&amp;P):</translation>
        </message>
        <message>
            <source>Close month… (&amp;K)</source>
            <translation>마감하기(&amp;K)…</translation>
        </message>
        <message>
            <source>Checks the figures for the chosen month, then closes it.</source>
            <translation>고른 달의 수치를 확인한 뒤 마감합니다.</translation>
        </message>
        <message>
            <source>Reopen month… (&amp;U)</source>
            <translation>마감 해제(&amp;U)…</translation>
        </message>
        <message>
            <source>Reopens the closed month selected in the list (or chosen above), with a reason.</source>
            <translation>목록에서 고른 (또는 위에서 고른) 마감된 달을 사유와 함께 풉니다.</translation>
        </message>
        <message>
            <source>Close history</source>
            <translation>마감 기록</translation>
        </message>
        <message>
            <source>Counting figures and unfinished work for {label}…</source>
            <translation>{label} 수치와 끝나지 않은 일을 세는 중…</translation>
        </message>
        <message>
            <source>Closed {month}/{year}.</source>
            <translation>{year}년 {month}월을 마감했습니다.</translation>
        </message>
        <message>
            <source>Select the month to reopen in the list (a closed month).</source>
            <translation>마감 해제할 달을 목록에서 고르세요 (마감 상태인 달).</translation>
        </message>
        <message>
            <source>Reopen {month}/{year}</source>
            <translation>{year}년 {month}월 마감 해제</translation>
        </message>
        <message>
            <source>&amp;Reopening lets this month's records be changed again, and statistics are counted from the records again. Enter the reason for reopening (it is kept in the access log).
Reason:</source>
            <translation>마감을 풀면 이 달의 기록을 다시 바꿀 수 있고, 통계는 기록에서 다시 셉니다. 풀어야 하는 사유를 적으세요 (접속기록에 남습니다).
사유(&amp;R):</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>마감 해제</translation>
        </message>
        <message>
            <source>Reopened {month}/{year} (reason: {reason}).</source>
            <translation>{year}년 {month}월 마감을 풀었습니다 (사유: {reason}).</translation>
        </message>
    </context>
    <context>
        <name>ClosingDueDialog</name>
        <message>
            <source>Openings to close</source>
            <translation>마감할 구인</translation>
        </message>
        <message>
            <source>The openings below are past their closing date or have hired as many people as they were recruiting. Choose the openings to close (all at first) and press 'Close'. Closed openings no longer appear in suggested openings or matching job seekers, and can be reopened from the opening window.</source>
            <translation>아래 구인은 마감일이 지났거나 채용인원이 모집인원에 이르렀습니다. 마감할 구인을 고르고(처음에는 모두) '마감'을 누르세요. 마감한 구인은 추천 구인과 맞는 구직자에 나오지 않고, 구인 화면에서 다시 열 수 있습니다.</translation>
        </message>
        <message>
            <source>Close (Ctrl+Enter)</source>
            <translation>마감 (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Choose the openings to close.</source>
            <translation>마감할 구인을 고르세요.</translation>
        </message>
        <message>
            <source>Closed {count} openings.</source>
            <translation>구인 {count}건을 마감했습니다.</translation>
        </message>
    </context>
    <context>
        <name>ClosingDueModel</name>
        <message>
            <source>Opening no.</source>
            <translation>구인번호</translation>
        </message>
        <message>
            <source>Employer · occupation</source>
            <translation>업체 · 모집직종</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>마감 사유</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>까닭</translation>
        </message>
    </context>
    <context>
        <name>CompleteForm</name>
        <message>
            <source>Completion — {name}</source>
            <translation>이수 — {name}</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>참여자</translation>
        </message>
        <message>
            <source>Completion &amp;date</source>
            <translation>이수일(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <source>Employer contact record — {name}</source>
            <translation>기업 접촉 기록 — {name}</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>업체</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>일자(&amp;D)</translation>
        </message>
        <message>
            <source>Type (&amp;K)</source>
            <translation>구분(&amp;K)</translation>
        </message>
        <message>
            <source>Notes (&amp;M)</source>
            <translation>내용(&amp;M)</translation>
        </message>
        <message>
            <source>Next &amp;action</source>
            <translation>다음 할 일(&amp;A)</translation>
        </message>
        <message>
            <source>Nex&amp;t date</source>
            <translation>다음 일자(&amp;T)</translation>
        </message>
        <message>
            <source>This contact found the employer for the first time</source>
            <translation>이 업체를 처음 찾아낸 접촉입니다</translation>
        </message>
        <message>
            <source>A first contact with an employer counts as a new find (preselected if there are no records).</source>
            <translation>업체와의 첫 접촉이면 신규 발굴로 셉니다 (기록이 없으면 미리 골라져 있습니다).</translation>
        </message>
        <message>
            <source>New &amp;find</source>
            <translation>신규 발굴(&amp;F)</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Cannot be earlier than the contact date.</source>
            <translation>접촉일보다 빠를 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <source>Date</source>
            <translation>일자</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>New find</source>
            <translation>신규 발굴</translation>
        </message>
        <message>
            <source>New</source>
            <translation>신규</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>상담사</translation>
        </message>
        <message>
            <source>Next action</source>
            <translation>다음 할 일</translation>
        </message>
        <message>
            <source>Next date</source>
            <translation>다음 일자</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>완료</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>내용</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>{name}: enter like 2018-10-30, 2018.10.30. or 20181030. ↑↓ one day, PgUp·PgDn one month, Alt+↓ calendar.</source>
            <translation>{name}: 2018-10-30, 2018.10.30. 또는 20181030처럼 입력합니다. ↑↓ 하루씩, PgUp·PgDn 한 달씩, Alt+↓ 달력.</translation>
        </message>
        <message>
            <source>Choose from calendar (Alt+↓)</source>
            <translation>달력에서 고르기 (Alt+↓)</translation>
        </message>
        <message>
            <source>{day}: enter a date between {first} and {last}.</source>
            <translation>{day}: {first}부터 {last} 사이의 날짜를 입력하세요.</translation>
        </message>
        <message>
            <source>{name} calendar</source>
            <translation>{name} 달력</translation>
        </message>
    </context>
    <context>
        <name>DeskFilter</name>
        <message>
            <source>All desks</source>
            <translation>전체 창구</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
    </context>
    <context>
        <name>DrillDownDialog</name>
        <message>
            <source>Loading {desk} · {measure} ({period})…</source>
            <translation>{desk} · {measure} ({period}) 불러오는 중…</translation>
        </message>
        <message>
            <source>Statistics details</source>
            <translation>통계 상세 목록</translation>
        </message>
        <message>
            <source>Save to &amp;Excel…</source>
            <translation>엑셀로 저장(&amp;E)…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>{desk} · {measure} {count}{unit} ({period})</source>
            <translation>{desk} · {measure} {count}{unit} ({period})</translation>
        </message>
        <message>
            <source>{period} {desk} {measure}: {count}{unit} counted in this cell</source>
            <translation>{period} {desk}의 {measure}: 이 칸에 센 기록 {count}{unit}</translation>
        </message>
        <message>
            <source>Placements count people: someone placed twice or more in the period is still one row.</source>
            <translation>취업자수는 사람을 셉니다: 기간 중 두 번 이상 취업한 사람도 한 줄입니다.</translation>
        </message>
        <message>
            <source>Opening records have no job seeker to open.</source>
            <translation>구인 기록에는 열 구직자가 없습니다.</translation>
        </message>
        <message>
            <source>statistics-details_{desk}_{measure}_{start}_{end}</source>
            <translation>통계상세_{desk}_{measure}_{start}_{end}</translation>
        </message>
        <message>
            <source>Save to Excel</source>
            <translation>엑셀로 저장</translation>
        </message>
        <message>
            <source>You are exporting a list containing personal &amp;records to a file. Enter a reason. The reason is kept in the access log.
Reason:</source>
            <translation>개인 기록이 담긴 목록을 파일로 내보냅니다. 사유를 적으세요. 사유는 접속기록에 남습니다.
사유(&amp;R):</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>계속</translation>
        </message>
        <message>
            <source>Enter the reason for saving.</source>
            <translation>저장하는 사유를 적으세요.</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 통합문서 (*.xlsx)</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>저장했습니다: {path}</translation>
        </message>
        <message>
            <source>{desk} · {measure} ({period})</source>
            <translation>{desk} · {measure} ({period})</translation>
        </message>
    </context>
    <context>
        <name>DrillModel</name>
        <message>
            <source>Registration date</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>모집직종</translation>
        </message>
        <message>
            <source>Opening no. · headcount</source>
            <translation>구인번호·인원</translation>
        </message>
        <message>
            <source>Job seeker</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>Job seeker no.</source>
            <translation>구직자번호</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>상담일</translation>
        </message>
        <message>
            <source>Session method</source>
            <translation>상담방법</translation>
        </message>
        <message>
            <source>Referral date</source>
            <translation>알선일</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>First placement date</source>
            <translation>첫 취업일</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>비고</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>순번</translation>
        </message>
    </context>
    <context>
        <name>DuplicateList</name>
        <message>
            <source>This person may already be registered</source>
            <translation>이미 등록된 사람일 수 있습니다</translation>
        </message>
        <message>
            <source>Job seekers who may be the same person</source>
            <translation>같은 사람일 수 있는 구직자</translation>
        </message>
        <message>
            <source>&amp;Log a session for this job seeker</source>
            <translation>이 구직자에게 상담 기록(&amp;L)</translation>
        </message>
        <message>
            <source>Instead of registering a new job seeker, log this desk's counseling session in the chosen job seeker's existing record.</source>
            <translation>새로 등록하지 않고, 고른 구직자의 기존 기록에 이 창구의 상담을 남깁니다.</translation>
        </message>
        <message>
            <source>{count} job seekers have the same contact details or the same name and date of birth.
If it is the same person, do not register them again: open the existing record (Enter) or log a session in it (Alt+L, also for job seekers of other desks).</source>
            <translation>같은 연락처이거나 같은 이름·생년월일인 구직자가 {count}명 있습니다.
같은 사람이면 새로 등록하지 말고 기존 기록을 열거나 (Enter) 그 기록에 상담을 남기세요 (Alt+L, 다른 창구의 구직자도).</translation>
        </message>
    </context>
    <context>
        <name>EmployerFinder</name>
        <message>
            <source>Employer name, employer no. or business registration number</source>
            <translation>업체명, 업체번호 또는 사업자등록번호</translation>
        </message>
        <message>
            <source>Find employer</source>
            <translation>업체 찾기</translation>
        </message>
        <message>
            <source>Employers found</source>
            <translation>찾은 업체</translation>
        </message>
        <message>
            <source>Nothing chosen yet.</source>
            <translation>아직 고르지 않았습니다.</translation>
        </message>
        <message>
            <source>{count} found. Go down with ↓ and choose with Enter.</source>
            <translation>{count}곳. ↓로 내려가 Enter로 고르세요.</translation>
        </message>
        <message>
            <source>No employer found. Register a new employer and add it as a participant with Ctrl+Shift+R.</source>
            <translation>찾는 업체가 없습니다. 새 업체는 Ctrl+Shift+R로 등록하며 참여시킵니다.</translation>
        </message>
        <message>
            <source>Chosen employer: {name} ({number})</source>
            <translation>고른 업체: {name} ({number})</translation>
        </message>
    </context>
    <context>
        <name>EmployerForm</name>
        <message>
            <source>Employer registration</source>
            <translation>구인업체 등록</translation>
        </message>
        <message>
            <source>E&amp;mployer name</source>
            <translation>업체명(&amp;M)</translation>
        </message>
        <message>
            <source>Business registration number</source>
            <translation>사업자등록번호</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>업종</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>주소</translation>
        </message>
        <message>
            <source>Employer contact person</source>
            <translation>업체 담당자</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>연락처</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>Assi&amp;gned counselor</source>
            <translation>담당상담사(&amp;G)</translation>
        </message>
    </context>
    <context>
        <name>EmployerListModel</name>
        <message>
            <source>Employer name</source>
            <translation>업체명</translation>
        </message>
        <message>
            <source>Employer no.</source>
            <translation>업체번호</translation>
        </message>
        <message>
            <source>Business registration number</source>
            <translation>사업자등록번호</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>업종</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>담당자</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>연락처</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>구인</translation>
        </message>
    </context>
    <context>
        <name>EmployerRecord</name>
        <message>
            <source>Employer details</source>
            <translation>업체 정보</translation>
        </message>
        <message>
            <source>Employer no.</source>
            <translation>업체번호</translation>
        </message>
        <message>
            <source>Business registration number</source>
            <translation>사업자등록번호</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>업종</translation>
        </message>
        <message>
            <source>Employer contact person</source>
            <translation>업체 담당자</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>연락처</translation>
        </message>
        <message>
            <source>Assigned counselor</source>
            <translation>담당상담사</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>주소</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Openings (&amp;1)</source>
            <translation>구인(&amp;1)</translation>
        </message>
        <message>
            <source>Referrals (&amp;2)</source>
            <translation>알선(&amp;2)</translation>
        </message>
        <message>
            <source>Placements (&amp;3)</source>
            <translation>취업(&amp;3)</translation>
        </message>
        <message>
            <source>Change history (&amp;4)</source>
            <translation>변경 이력(&amp;4)</translation>
        </message>
        <message>
            <source>Contact records (&amp;5)</source>
            <translation>접촉 기록(&amp;5)</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>수정</translation>
        </message>
        <message>
            <source>Opening registration</source>
            <translation>구인 등록</translation>
        </message>
        <message>
            <source>Contact records</source>
            <translation>접촉 기록</translation>
        </message>
        <message>
            <source>Register agreement</source>
            <translation>협약 등록</translation>
        </message>
        <message>
            <source>Complete next task</source>
            <translation>다음 할 일 완료</translation>
        </message>
        <message>
            <source> — void</source>
            <translation> — 무효</translation>
        </message>
        <message>
            <source>Employer — {name}</source>
            <translation>구인업체 — {name}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>무효</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>정상</translation>
        </message>
        <message>
            <source>{count} referrals and placements by other desks are not in this list.</source>
            <translation>다른 창구의 알선·취업 {count}건은 이 목록에 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>EmployersModel</name>
        <message>
            <source>Employer name</source>
            <translation>업체명</translation>
        </message>
        <message>
            <source>Employer no.</source>
            <translation>업체번호</translation>
        </message>
        <message>
            <source>To recruit</source>
            <translation>모집인원</translation>
        </message>
        <message>
            <source>Opening no.</source>
            <translation>구인번호</translation>
        </message>
    </context>
    <context>
        <name>EmployersPage</name>
        <message>
            <source>Employer name, employer number, business registration number</source>
            <translation>업체명, 업체번호, 사업자등록번호</translation>
        </message>
        <message>
            <source>Employers</source>
            <translation>구인업체</translation>
        </message>
        <message>
            <source>Register employer… (Ctrl+N)</source>
            <translation>업체 등록… (Ctrl+N)</translation>
        </message>
        <message>
            <source>Occupation, employer name, opening number</source>
            <translation>모집직종, 업체명, 구인번호</translation>
        </message>
        <message>
            <source>Openings</source>
            <translation>구인 목록</translation>
        </message>
        <message>
            <source>Close openings…</source>
            <translation>마감 처리…</translation>
        </message>
        <message>
            <source>Checks and closes openings that are past their closing date or have filled their headcount.</source>
            <translation>마감일이 지났거나 채용인원을 채운 구인을 확인하고 마감합니다.</translation>
        </message>
        <message>
            <source>{count:,} openings</source>
            <translation>구인 {count:,}건</translation>
        </message>
        <message>
            <source>Register opening… (Ctrl+Shift+N)</source>
            <translation>구인 등록… (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Registers an opening for the employer selected in the list on the left.</source>
            <translation>왼쪽 목록에서 고른 업체의 구인을 등록합니다.</translation>
        </message>
        <message>
            <source>Matching job seekers</source>
            <translation>맞는 구직자</translation>
        </message>
        <message>
            <source>Finds job seekers who match the selected opening and refers them.</source>
            <translation>고른 구인에 맞는 구직자를 찾아 알선합니다.</translation>
        </message>
        <message>
            <source>Matching job seekers… (Ctrl+M)</source>
            <translation>맞는 구직자… (Ctrl+M)</translation>
        </message>
        <message>
            <source>Finds job seekers who match the opening selected in the list on the right.</source>
            <translation>오른쪽 목록에서 고른 구인에 맞는 구직자를 찾습니다.</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>구인</translation>
        </message>
        <message>
            <source>{count} openings to close: {filled} with headcount filled, {expired} past the closing date.</source>
            <translation>마감할 구인 {count}건: 채용인원을 채운 구인 {filled}건, 마감일이 지난 구인 {expired}건.</translation>
        </message>
        <message>
            <source>{count:,} employers</source>
            <translation>업체 {count:,}곳</translation>
        </message>
        <message>
            <source>First select the employer for the opening in the list on the left.</source>
            <translation>구인을 등록할 업체를 먼저 왼쪽 목록에서 고르세요.</translation>
        </message>
        <message>
            <source>First select, in the list on the right, the opening to find matching job seekers for.</source>
            <translation>맞는 구직자를 찾을 구인을 먼저 오른쪽 목록에서 고르세요.</translation>
        </message>
        <message>
            <source>{employer} · {occupation} ({number})</source>
            <translation>{employer} · {occupation} ({number})</translation>
        </message>
    </context>
    <context>
        <name>EnrolForm</name>
        <message>
            <source>Enrol participant — {name}</source>
            <translation>참여 등록 — {name}</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>참여자</translation>
        </message>
        <message>
            <source>Job &amp;seeker</source>
            <translation>구직자(&amp;S)</translation>
        </message>
        <message>
            <source>Enrolment &amp;date</source>
            <translation>참여일(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentsModel</name>
        <message>
            <source>Name</source>
            <translation>성명</translation>
        </message>
        <message>
            <source>Job seeker no.</source>
            <translation>구직자번호</translation>
        </message>
        <message>
            <source>Enrolment date</source>
            <translation>참여일</translation>
        </message>
        <message>
            <source>Completion date</source>
            <translation>이수일</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>자격증</translation>
        </message>
        <message>
            <source>Date obtained</source>
            <translation>취득일</translation>
        </message>
        <message>
            <source>Placement date</source>
            <translation>취업일</translation>
        </message>
    </context>
    <context>
        <name>EventForm</name>
        <message>
            <source>Edit hiring event — {name}</source>
            <translation>행사 수정 — {name}</translation>
        </message>
        <message>
            <source>New hiring event</source>
            <translation>새 행사</translation>
        </message>
        <message>
            <source>Event &amp;name</source>
            <translation>행사명(&amp;N)</translation>
        </message>
        <message>
            <source>Type (&amp;K)</source>
            <translation>구분(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>일자(&amp;D)</translation>
        </message>
        <message>
            <source>Desk (&amp;W)</source>
            <translation>창구(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Organizer</source>
            <translation>주관(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>장소(&amp;V)</translation>
        </message>
        <message>
            <source>Venue &amp;type</source>
            <translation>장소구분(&amp;T)</translation>
        </message>
        <message>
            <source>e.g. knowledge industry centre, district office, corporate citizen hall</source>
            <translation>예: 지식산업센터, 구청, 기업시민청</translation>
        </message>
        <message>
            <source>Numbers the organizer gave only as totals (added to the people recorded one by one)</source>
            <translation>주관기관이 합계만 알려 준 인원 (한 사람씩 기록한 인원에 더합니다)</translation>
        </message>
        <message>
            <source>Participants (totals)</source>
            <translation>집계참여인원</translation>
        </message>
        <message>
            <source>Interviewed (totals)</source>
            <translation>집계면접인원</translation>
        </message>
        <message>
            <source>Hired (totals)</source>
            <translation>집계채용인원</translation>
        </message>
        <message>
            <source>Reason for edit (&amp;Y)</source>
            <translation>수정 사유(&amp;Y)</translation>
        </message>
        <message>
            <source>e.g. wrong venue entered, totals received from organizer</source>
            <translation>예: 장소 잘못 적음, 주관기관 집계 받음</translation>
        </message>
    </context>
    <context>
        <name>EventTools</name>
        <message>
            <source>&amp;Hiring event results…</source>
            <translation>행사 실적(&amp;H)…</translation>
        </message>
        <message>
            <source>See participating employers and numbers recruited, participating, interviewed and hired at job fairs and Ilgu Days.</source>
            <translation>채용박람회·일구데이의 참여기업, 모집·참여·면접·채용 인원을 봅니다.</translation>
        </message>
    </context>
    <context>
        <name>EventWindow</name>
        <message>
            <source>Participating employers</source>
            <translation>참여업체</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>참여자</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>Interviewing employer</source>
            <translation>면접 업체</translation>
        </message>
        <message>
            <source>Re&amp;sult:</source>
            <translation>결과(&amp;S):</translation>
        </message>
        <message>
            <source>Interviewing employer (&amp;U):</source>
            <translation>면접 업체(&amp;U):</translation>
        </message>
        <message>
            <source>Space: interviewed yes/no · 1 waiting 2 passed screening 3 passed 1st round 4 passed 2nd round 5 hired 6 rejected</source>
            <translation>Space: 면접 예/아니오 · 1 대기 2 서류합격 3 1차합격 4 2차합격 5 채용 6 불합격</translation>
        </message>
        <message>
            <source>Participating employers (&amp;1)</source>
            <translation>참여업체(&amp;1)</translation>
        </message>
        <message>
            <source>Participants (&amp;2)</source>
            <translation>참여자(&amp;2)</translation>
        </message>
        <message>
            <source>Change history (&amp;3)</source>
            <translation>변경 이력(&amp;3)</translation>
        </message>
        <message>
            <source>Add participating employer</source>
            <translation>참여업체 추가</translation>
        </message>
        <message>
            <source>New employer</source>
            <translation>새 업체</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>참여자 추가</translation>
        </message>
        <message>
            <source>On-site registration</source>
            <translation>현장 등록</translation>
        </message>
        <message>
            <source>Edit hiring event</source>
            <translation>행사 수정</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>무효 처리</translation>
        </message>
        <message>
            <source>Hiring events</source>
            <translation>행사</translation>
        </message>
        <message>
            <source>Hiring event — {name}</source>
            <translation>행사 — {name}</translation>
        </message>
        <message>
            <source>Organized by {organizer}</source>
            <translation>주관 {organizer}</translation>
        </message>
        <message>
            <source> (including {p} participants, {i} interviewed and {h} hired as totals from the organizer)</source>
            <translation> (주관기관 집계 참여 {p}명 · 면접 {i}명 · 채용 {h}명 포함)</translation>
        </message>
        <message>
            <source>{employers} participating employers · {recruits} to recruit · {participants} participants · {interviewed} interviewed · {hired} hired</source>
            <translation>참여기업 {employers}곳 · 모집 {recruits}명 · 참여 {participants}명 · 면접 {interviewed}명 · 채용 {hired}명</translation>
        </message>
        <message>
            <source>(not chosen)</source>
            <translation>(고르지 않음)</translation>
        </message>
        <message>
            <source>{name}: hired — registered as 1 placement on {day}.</source>
            <translation>{name}: 채용 — {day} 취업 1건으로 등록했습니다.</translation>
        </message>
        <message>
            <source>{name}: no longer hired, so that placement was made void.</source>
            <translation>{name}: 채용이 아니게 되어 그 취업을 무효로 했습니다.</translation>
        </message>
        <message>
            <source>{name}: interviewed {interviewed}, result {result}</source>
            <translation>{name}: 면접 {interviewed}, 결과 {result}</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>No</source>
            <translation>아니오</translation>
        </message>
        <message>
            <source>None</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>Participating employer updated.</source>
            <translation>참여업체를 고쳤습니다.</translation>
        </message>
        <message>
            <source>Participating employer added.</source>
            <translation>참여업체를 추가했습니다.</translation>
        </message>
        <message>
            <source>Registered the new employer and added it as a participating employer.</source>
            <translation>새 업체를 등록하고 참여업체로 추가했습니다.</translation>
        </message>
        <message>
            <source>Participant added.</source>
            <translation>참여자를 추가했습니다.</translation>
        </message>
        <message>
            <source>Registered as a job seeker and added as a participant.</source>
            <translation>구직등록하고 참여자로 추가했습니다.</translation>
        </message>
        <message>
            <source>Hiring event updated.</source>
            <translation>행사를 고쳤습니다.</translation>
        </message>
        <message>
            <source>Choose the employer to void from the participating employers list.</source>
            <translation>참여업체 목록에서 무효로 할 업체를 고르십시오.</translation>
        </message>
        <message>
            <source>Voids the participation of {name}.</source>
            <translation>{name}의 참여를 무효로 합니다.</translation>
        </message>
        <message>
            <source>Participating employer voided.</source>
            <translation>참여업체를 무효로 했습니다.</translation>
        </message>
        <message>
            <source>Choose the person to void from the participants list.</source>
            <translation>참여자 목록에서 무효로 할 사람을 고르십시오.</translation>
        </message>
        <message>
            <source> The placement from this hiring event also becomes void.</source>
            <translation> 이 행사의 취업도 무효가 됩니다.</translation>
        </message>
        <message>
            <source>Voids the participation of {name} ({number}).{hired}</source>
            <translation>{name} ({number})의 참여를 무효로 합니다.{hired}</translation>
        </message>
        <message>
            <source>Participant voided.</source>
            <translation>참여자를 무효로 했습니다.</translation>
        </message>
        <message>
            <source>{what} Enter the reason.</source>
            <translation>{what} 사유를 적으십시오.</translation>
        </message>
    </context>
    <context>
        <name>EventsModel</name>
        <message>
            <source>Date</source>
            <translation>일자</translation>
        </message>
        <message>
            <source>Event name</source>
            <translation>행사명</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>장소</translation>
        </message>
        <message>
            <source>Venue type</source>
            <translation>장소구분</translation>
        </message>
        <message>
            <source>Organizer</source>
            <translation>주관</translation>
        </message>
        <message>
            <source>Participating employers</source>
            <translation>참여기업</translation>
        </message>
        <message>
            <source>To recruit</source>
            <translation>모집인원</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>참여인원</translation>
        </message>
        <message>
            <source>Interviewed</source>
            <translation>면접인원</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>채용인원</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <source>Type (&amp;K):</source>
            <translation>구분(&amp;K):</translation>
        </message>
        <message>
            <source>Search event name or venue</source>
            <translation>행사명·장소 찾기</translation>
        </message>
        <message>
            <source>Event name or venue</source>
            <translation>행사명 또는 장소</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>찾기(&amp;F):</translation>
        </message>
        <message>
            <source>New hiring event (Ctrl+N)</source>
            <translation>새 행사 (Ctrl+N)</translation>
        </message>
        <message>
            <source>Hiring events</source>
            <translation>행사 목록</translation>
        </message>
        <message>
            <source>Hiring events (&amp;1)</source>
            <translation>행사 목록(&amp;1)</translation>
        </message>
        <message>
            <source>Results (&amp;2)</source>
            <translation>실적(&amp;2)</translation>
        </message>
        <message>
            <source>Enter: open hiring event · Ctrl+N: new hiring event · F2: edit · Delete: void · Ctrl+Tab: results</source>
            <translation>Enter: 행사 열기 · Ctrl+N: 새 행사 · F2: 수정 · Delete: 무효 · Ctrl+Tab: 실적</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <source>{count} hiring events</source>
            <translation>행사 {count}건</translation>
        </message>
        <message>
            <source>No hiring events in this period. Press Ctrl+N to create one.</source>
            <translation>이 기간에 행사가 없습니다. Ctrl+N으로 새 행사를 만드세요.</translation>
        </message>
        <message>
            <source>Register hiri&amp;ng event…</source>
            <translation>행사 등록(&amp;N)…</translation>
        </message>
        <message>
            <source>Created hiring event {number_obj}.</source>
            <translation>행사 {number_obj} 만들었습니다.</translation>
        </message>
        <message>
            <source>Hiring event updated.</source>
            <translation>행사를 고쳤습니다.</translation>
        </message>
        <message>
            <source>Hiring event voided.</source>
            <translation>행사를 무효로 했습니다.</translation>
        </message>
        <message>
            <source> Placements registered from participants being hired also become void.</source>
            <translation> 참여자의 채용으로 등록된 취업도 무효가 됩니다.</translation>
        </message>
        <message>
            <source>Hiring event to void: {name} ({day}).{hires} Enter the reason.</source>
            <translation>무효로 할 행사: {name} ({day}).{hires} 사유를 적으십시오.</translation>
        </message>
        <message>
            <source>Void hiring event</source>
            <translation>행사 무효</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>무효 처리</translation>
        </message>
        <message>
            <source>All</source>
            <translation>전체</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>구분</translation>
        </message>
    </context>
    <context>
        <name>ExpiringModel</name>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>상담사</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>종료일</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>Job seeker · opening (employer · occupation)</source>
            <translation>구직자 · 구인(업체 · 직종)</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>deskapp first start</source>
            <translation>deskapp 처음 시작</translation>
        </message>
        <message>
            <source>Starting deskapp for the first time</source>
            <translation>deskapp을 처음 시작합니다</translation>
        </message>
        <message>
            <source>There is no database yet: {path}</source>
            <translation>데이터베이스가 아직 없습니다: {path}</translation>
        </message>
        <message>
            <source>Create a &amp;new database</source>
            <translation>새 데이터베이스 만들기(&amp;N)</translation>
        </message>
        <message>
            <source>Open with &amp;demo data</source>
            <translation>데모 자료로 열기(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Restore from backup: copy of {made}</source>
            <translation>백업에서 되살리기(&amp;R): {made} 사본</translation>
        </message>
        <message>
            <source>The database does not exist: {path}
The backups folder next to it has copies of this database. If it was deleted or moved, restore it from a copy.</source>
            <translation>데이터베이스가 없습니다: {path}
그 옆 backups 폴더에 이 데이터베이스의 사본이 있습니다. 지워졌거나 옮겨졌다면 사본에서 되살리세요.</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>관리자</translation>
        </message>
        <message>
            <source>Use a password of at least {n} characters with both letters and digits.</source>
            <translation>비밀번호는 {n}자 이상, 문자와 숫자를 함께 쓰세요.</translation>
        </message>
        <message>
            <source>Administrator &amp;user name:</source>
            <translation>관리자 사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <source>D&amp;isplay name:</source>
            <translation>표시 이름(&amp;I):</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>비밀번호(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Confirm password:</source>
            <translation>비밀번호 확인(&amp;C):</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>사용자 이름</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>역할</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>표시 이름</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>만들기</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Re-creates the database from the copy {name} ({size:,} bytes). Records made after the copy are not in it, so work done since then must be entered again. Log in with the accounts and passwords of that time.</source>
            <translation>사본 {name}({size:,}바이트)으로 데이터베이스를 다시 만듭니다. 사본을 만든 뒤의 기록은 없으니 그 뒤의 일은 다시 입력해야 합니다. 그때의 계정과 비밀번호로 로그인하세요.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>되살리기</translation>
        </message>
        <message>
            <source>Creates a database with fictitious practice data ({n:,} job seekers and opening, counseling session, referral and placement records). An administrator account admin, a team lead account and counselor accounts for each desk are created, all using the password below. Do not enter real data.</source>
            <translation>연습용 가상 자료(구직자 {n:,}명과 구인·상담·알선·취업 기록)로 데이터베이스를 만듭니다. 관리자 admin, 팀장, 창구별 상담사 계정이 만들어지고 모두 아래 비밀번호를 씁니다. 실제 자료를 넣지 마세요.</translation>
        </message>
        <message>
            <source>Creates an empty database with the four desks registered, and an administrator account. Records can be registered on screen or imported from a workbook.</source>
            <translation>네 창구가 등록된 빈 데이터베이스와 관리자 계정을 만듭니다. 기록은 화면에서 등록하거나 통합문서로 가져올 수 있습니다.</translation>
        </message>
        <message>
            <source>The password and the confirmation do not match.</source>
            <translation>비밀번호와 비밀번호 확인이 같지 않습니다.</translation>
        </message>
        <message>
            <source>The demo database was created. You can log in with the accounts below (the password is the one you just entered).</source>
            <translation>데모 데이터베이스를 만들었습니다. 아래 계정으로 로그인할 수 있습니다 (비밀번호는 방금 입력한 것).</translation>
        </message>
        <message>
            <source>Continue to lo&amp;gin</source>
            <translation>로그인으로 계속(&amp;G)</translation>
        </message>
    </context>
    <context>
        <name>FlagsModel</name>
        <message>
            <source>Type</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>상담사</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>기록</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>내용</translation>
        </message>
    </context>
    <context>
        <name>FlagsTab</name>
        <message>
            <source>&amp;Period:</source>
            <extracomment>The measure that counts a record kind: its 통계 상세 lists the record.</extracomment>
            <translation>기간(&amp;P):</translation>
        </message>
        <message>
            <source>Search (&amp;Q)</source>
            <translation>조회(&amp;Q)</translation>
        </message>
        <message>
            <source>Voided right after registration</source>
            <translation>등록 직후 무효</translation>
        </message>
        <message>
            <source>Placement without session or referral</source>
            <translation>상담·알선 없는 취업</translation>
        </message>
        <message>
            <source>Late-entered placement</source>
            <translation>늦게 입력된 취업</translation>
        </message>
        <message>
            <source>Bulk entries and voids</source>
            <translation>대량 입력·무효</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>계</translation>
        </message>
        <message>
            <source>Review flags by desk and counselor</source>
            <translation>창구·상담사별 점검 신호 수</translation>
        </message>
        <message>
            <source>Review flags</source>
            <translation>점검 신호</translation>
        </message>
        <message>
            <source>Enter: open the job seeker record or the list of those records (statistics details)</source>
            <translation>Enter: 구직자 기록이나 해당 기록 목록(통계 상세) 열기</translation>
        </message>
        <message>
            <source>Checking {period}…</source>
            <translation>{period} 점검 중…</translation>
        </message>
        <message>
            <source>Desk total</source>
            <translation>창구 계</translation>
        </message>
        <message>
            <source>{period}: {count} review flags</source>
            <translation>{period}: 점검 신호 {count}건</translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <source>Date to contact</source>
            <translation>연락할 날</translation>
        </message>
        <message>
            <source>Job seeker</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>Last session date</source>
            <translation>지난 상담일</translation>
        </message>
        <message>
            <source>Session method</source>
            <translation>상담방법</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>상담사</translation>
        </message>
    </context>
    <context>
        <name>FollowUpPage</name>
        <message>
            <source> days</source>
            <extracomment>What the worklist is made of: a change to these marks the page stale.</extracomment>
            <translation>일</translation>
        </message>
        <message>
            <source>Days without contact</source>
            <translation>연락 없음 기준 일수</translation>
        </message>
        <message>
            <source>Job seekers without contact for this long are listed.</source>
            <translation>이만큼 연락이 없던 구직자를 목록에 올립니다.</translation>
        </message>
        <message>
            <source>Follow-up list</source>
            <translation>사후관리 목록</translation>
        </message>
        <message>
            <source>Registrations ending this week</source>
            <translation>이번 주 등록 종료</translation>
        </message>
        <message>
            <source>Employer contact tasks</source>
            <translation>기업 접촉 할 일</translation>
        </message>
        <message>
            <source>Record employment retention check</source>
            <translation>고용유지 확인 기록</translation>
        </message>
        <message>
            <source>Renew</source>
            <translation>갱신</translation>
        </message>
        <message>
            <source>Complete next task</source>
            <translation>다음 할 일 완료</translation>
        </message>
        <message>
            <source>People to contact or check (by due date)</source>
            <translation>연락·확인할 사람 (기한 순)</translation>
        </message>
        <message>
            <source>Employer contact tasks (by due date)</source>
            <translation>기업 접촉 할 일 (기한 순)</translation>
        </message>
        <message>
            <source>Enter: open record · Ctrl+K: record retention check · Ctrl+G: renew registration · Ctrl+Shift+D: complete employer contact task</source>
            <translation>Enter: 기록 열기 · Ctrl+K: 고용유지 확인 기록 · Ctrl+G: 등록 갱신 · Ctrl+Shift+D: 기업 접촉 할 일 완료</translation>
        </message>
        <message>
            <source>No contact for (&amp;D):</source>
            <translation>연락 없음 기준(&amp;D):</translation>
        </message>
        <message>
            <source>Follow-up — {work} tasks · {expiring} registrations ending this week</source>
            <translation>사후관리 — 할 일 {work}건 · 이번 주 등록 종료 {expiring}건</translation>
        </message>
        <message>
            <source>Choose an employer contact task.</source>
            <translation>기업 접촉 할 일을 고르십시오.</translation>
        </message>
        <message>
            <source>{name}: next task completed.</source>
            <translation>{name}: 다음 할 일을 마쳤습니다.</translation>
        </message>
        <message>
            <source>Choose an employment retention check item.</source>
            <translation>고용유지 확인 항목을 고르십시오.</translation>
        </message>
        <message>
            <source>Employment retention check recorded.</source>
            <translation>고용유지 확인을 기록했습니다.</translation>
        </message>
        <message>
            <source>{label}: renewed until {until}.</source>
            <translation>{label}: {until}까지 갱신했습니다.</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>저장 (Ctrl+S)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>닫기 (Esc)</translation>
        </message>
    </context>
    <context>
        <name>FormPanel</name>
        <message>
            <source>Occupation code (&amp;K)</source>
            <extracomment>The first page's title: an English source of the "forms" context (``noop``).</extracomment>
            <translation>직업분류(&amp;K)</translation>
        </message>
        <message>
            <source>Edit {what}</source>
            <translation>{what} 수정</translation>
        </message>
        <message>
            <source>Reason for edit (&amp;Y)</source>
            <translation>수정 사유(&amp;Y)</translation>
        </message>
        <message>
            <source>e.g. contact typo, wrong registration desk chosen</source>
            <translation>예: 연락처 오타, 등록창구 잘못 고름</translation>
        </message>
        <message>
            <source>{count} fields need correcting: {fields}</source>
            <translation>고칠 곳이 {count}군데 있습니다: {fields}</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>바꾼 항목이 없습니다.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>저장하는 중…</translation>
        </message>
        <message>
            <source>Waiting because another user is saving ({seconds} s)… Press Esc to stop. What you entered is kept.</source>
            <translation>다른 사용자가 저장하는 중이라 기다립니다 ({seconds}초)… 그만두려면 Esc를 누르세요. 입력한 내용은 그대로 남습니다.</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>확인</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>예(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>아니오(&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>HelpKeys</name>
        <message>
            <source>Help</source>
            <translation>도움말</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>User guide — deskapp</source>
            <extracomment>The guide's files in the order of its table of contents. Screenshots are shown at most this wide (they are taken at 1366×768). The help of each page of the main window (its key in deskapp/ui/pages.py). The help of the registration forms (a form correcting a record: "corrections.md"). The help of the other windows with F1 (a reason box: export.md, or corrections.md#무효-처리).</extracomment>
            <translation>사용자 안내서 — deskapp</translation>
        </message>
        <message>
            <source>Search the guide (Ctrl+F)</source>
            <translation>안내서에서 찾기 (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the guide</source>
            <translation>안내서에서 찾기</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>차례</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>뒤로</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>앞으로</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>찾기</translation>
        </message>
        <message>
            <source># User guide not found

The guide files are not where they should be: `{folder}`

Reinstall the application or tell an administrator.</source>
            <translation># 사용자 안내서를 찾을 수 없습니다

안내서 파일이 있어야 할 곳에 없습니다: `{folder}`

프로그램을 다시 설치하거나 관리자에게 알려 주세요.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Time</source>
            <translation>시각</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>계정</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>항목</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>이전 값</translation>
        </message>
        <message>
            <source>(purged)</source>
            <translation>(파기)</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>새 값</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>사유</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Change history</source>
            <translation>변경 이력</translation>
        </message>
        <message>
            <source>{count} changes (oldest first)</source>
            <translation>변경 {count}건 (오래된 것부터)</translation>
        </message>
        <message>
            <source>Not changed since registration.</source>
            <translation>등록한 뒤 고친 적이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>No input for {duration}.</source>
            <translation>{duration} 동안 입력이 없었습니다.</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n}분</translation>
        </message>
        <message>
            <source>{n:g} s</source>
            <translation>{n:g}초</translation>
        </message>
        <message>
            <source>You chose to lock the screen.</source>
            <translation>잠그기를 선택했습니다.</translation>
        </message>
        <message>
            <source>Could not record the lock in the access log: {message}</source>
            <translation>잠금을 접속기록에 남기지 못했습니다: {message}</translation>
        </message>
    </context>
    <context>
        <name>IdleSettingsDialog</name>
        <message>
            <source>Screen lock settings</source>
            <translation>화면 잠금 설정</translation>
        </message>
        <message>
            <source>If there is no keyboard or mouse input for the set time, the screen locks and the password of the logged-in account is needed to use it again. This is saved on this computer.</source>
            <translation>키보드나 마우스 입력이 없이 정한 시간이 지나면 화면을 잠그고, 로그인한 계정의 비밀번호를 입력해야 다시 쓸 수 있습니다. 이 컴퓨터에 저장됩니다.</translation>
        </message>
        <message>
            <source> min</source>
            <translation>분</translation>
        </message>
        <message>
            <source>Time until lock</source>
            <translation>잠그기까지의 시간</translation>
        </message>
        <message>
            <source>Lock after this long without input (&amp;M):</source>
            <translation>입력 없이 지나면 잠글 시간(&amp;M):</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import record workbook</source>
            <translation>기록 통합문서 가져오기</translation>
        </message>
        <message>
            <source>Imports a record workbook (.xlsx). If there is any problem, nothing is imported and all problems are shown. You can create a blank template with ‘Save blank template…’ in the File menu.</source>
            <translation>기록 통합문서(.xlsx)를 가져옵니다. 문제가 하나라도 있으면 아무것도 가져오지 않고, 문제를 모두 보여 줍니다. 빈 양식은 파일 메뉴의 ‘빈 양식 저장…’으로 만들 수 있습니다.</translation>
        </message>
        <message>
            <source>.xlsx file to import</source>
            <translation>가져올 .xlsx 파일</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>파일(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>찾아보기(&amp;B)…</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>문제 목록</translation>
        </message>
        <message>
            <source>Copy &amp;all</source>
            <translation>모두 복사(&amp;A)</translation>
        </message>
        <message>
            <source>Copies the whole problem list (to copy selected rows only: Ctrl+C)</source>
            <translation>문제 목록 전체를 복사합니다 (선택한 행만 복사: Ctrl+C)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>가져오기(&amp;I)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Record workbook to import</source>
            <translation>가져올 기록 통합문서</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 통합문서 (*.xlsx)</translation>
        </message>
        <message>
            <source>Choose a file to import.</source>
            <translation>가져올 파일을 고르세요.</translation>
        </message>
        <message>
            <source>Reading {name_obj}…</source>
            <translation>{name_obj} 읽는 중…</translation>
        </message>
        <message>
            <source>{sheet}: {count:,}</source>
            <translation>{sheet} {count:,}건</translation>
        </message>
        <message>
            <source>Imported {total:,} records from ‘{name}’.</source>
            <translation>‘{name}’에서 {total:,}건을 가져왔습니다.</translation>
        </message>
        <message>
            <source>Masked {n:,} numbers that looked like resident registration numbers before saving.</source>
            <translation>주민등록번호로 보이는 숫자 {n:,}건을 가려서 저장했습니다.</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>deskapp — Screen locked</source>
            <extracomment>How often the window tells the services that the user is at work (when they are). What counts as the user's input. Enter, leave and hover events do not: Qt sends them when a widget appears under a mouse that never moved. A class test is also cheaper than comparing QEvent.Type members, and the filter sees every event of the application.</extracomment>
            <translation>deskapp — 화면 잠김</translation>
        </message>
        <message>
            <source>The screen is locked</source>
            <translation>화면이 잠겼습니다</translation>
        </message>
        <message>
            <source>This screen was in use by the account {name} ({username}). {reason} To use it again, enter this account's password.</source>
            <translation>{name} ({username}) 계정으로 쓰던 화면입니다. {reason} 다시 쓰려면 이 계정의 비밀번호를 입력하세요.</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>오류</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>비밀번호(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>잠금 해제(&amp;U)</translation>
        </message>
        <message>
            <source>E&amp;xit program</source>
            <translation>프로그램 종료(&amp;X)</translation>
        </message>
        <message>
            <source>L&amp;og in as another user</source>
            <translation>다른 사용자로 로그인(&amp;O)</translation>
        </message>
        <message>
            <source>Log out this account and close its windows, then someone else logs in with their own account (the program stays open).</source>
            <translation>이 계정을 로그아웃하고 창을 닫은 뒤, 다른 사람이 자기 계정으로 로그인합니다 (프로그램은 그대로).</translation>
        </message>
        <message>
            <source>Enter the password.</source>
            <translation>비밀번호를 입력하세요.</translation>
        </message>
        <message>
            <source>The password was wrong {max} times, so the account is locked for {minutes} minutes. Enter it again after that or exit the program.</source>
            <translation>비밀번호가 {max}번 틀려 계정을 {minutes}분 동안 잠갔습니다. 그 뒤에 다시 입력하거나 프로그램을 종료하세요.</translation>
        </message>
        <message>
            <source>Incorrect password ({n}/{max}). After {max} wrong attempts the account is locked for {minutes} minutes.</source>
            <translation>비밀번호가 맞지 않습니다 ({n}/{max}회). {max}번 틀리면 계정이 {minutes}분 동안 잠깁니다.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in to deskapp</source>
            <extracomment>The user name and password of a 로그인 pressed before the workspace was open.</extracomment>
            <translation>deskapp 로그인</translation>
        </message>
        <message>
            <source>Geumcheon-gu job counseling desks</source>
            <translation>금천구 일자리 상담창구</translation>
        </message>
        <message>
            <source>Database: {location}</source>
            <translation>데이터베이스: {location}</translation>
        </message>
        <message>
            <source>&amp;Remember account on this PC</source>
            <translation>이 PC에서 계정 기억(&amp;R)</translation>
        </message>
        <message>
            <source>Fills in the user name at the next login. Turn this off on a shared PC.</source>
            <translation>다음 로그인 때 사용자 이름을 미리 채웁니다. 여러 사람이 쓰는 PC에서는 끄세요.</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>오류</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>데이터베이스를 여는 중…</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>비밀번호(&amp;P):</translation>
        </message>
        <message>
            <source>Takes effect when deskapp starts again.</source>
            <translation>deskapp을 다시 시작하면 적용됩니다.</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>언어(&amp;G):</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>로그인</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>사용자 이름을 입력하세요.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>deskapp — Geumcheon-gu job counseling desks</source>
            <translation>deskapp — 금천구 일자리 상담창구</translation>
        </message>
        <message>
            <source>Screens</source>
            <translation>화면 목록</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Working desk</source>
            <translation>근무 창구</translation>
        </message>
        <message>
            <source>The desk you are working at now (the desk of the records you register)</source>
            <translation>지금 일하는 창구 (등록하는 기록의 창구)</translation>
        </message>
        <message>
            <source>Community service centre location</source>
            <translation>동주민센터 장소</translation>
        </message>
        <message>
            <source>Location of the community service centre desk</source>
            <translation>동주민센터 창구의 장소</translation>
        </message>
        <message>
            <source> &amp;Working desk: </source>
            <translation> 창구(&amp;W): </translation>
        </message>
        <message>
            <source>  Location: </source>
            <translation>  장소: </translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>가져오기(&amp;I)…</translation>
        </message>
        <message>
            <source>Only administrators can import workbooks.</source>
            <translation>통합문서 가져오기는 관리자만 할 수 있습니다.</translation>
        </message>
        <message>
            <source>Save blank &amp;template…</source>
            <translation>빈 양식 저장(&amp;T)…</translation>
        </message>
        <message>
            <source>Saves a blank record workbook for importing.</source>
            <translation>가져오기용 빈 기록 통합문서를 저장합니다.</translation>
        </message>
        <message>
            <source>E&amp;xit</source>
            <translation>종료(&amp;X)</translation>
        </message>
        <message>
            <source>Log &amp;out</source>
            <translation>로그아웃(&amp;O)</translation>
        </message>
        <message>
            <source>Closes this account's windows and returns to the login screen (the application keeps running).</source>
            <translation>이 계정의 창을 닫고 로그인 화면으로 돌아갑니다 (프로그램은 그대로).</translation>
        </message>
        <message>
            <source>Switch &amp;user…</source>
            <translation>사용자 전환(&amp;U)…</translation>
        </message>
        <message>
            <source>Logs out of this account so that someone else can log in with their own account.</source>
            <translation>이 계정을 로그아웃하고 다른 사람이 자기 계정으로 로그인합니다.</translation>
        </message>
        <message>
            <source>Re&amp;cords</source>
            <translation>기록(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Find job seeker</source>
            <translation>구직자 찾기(&amp;F)</translation>
        </message>
        <message>
            <source>Finds job seekers by name, initial consonants or the last 4 digits of their phone number.</source>
            <translation>이름, 초성, 전화번호 끝 4자리로 구직자를 찾습니다.</translation>
        </message>
        <message>
            <source>&amp;New registration…</source>
            <translation>새로 등록(&amp;N)…</translation>
        </message>
        <message>
            <source>Register &amp;opening…</source>
            <translation>구인 등록(&amp;O)…</translation>
        </message>
        <message>
            <source>Registers an opening for the employer selected on the Employers and openings screen.</source>
            <translation>구인업체·구인 화면에서 고른 업체의 구인을 등록합니다.</translation>
        </message>
        <message>
            <source>R&amp;ecord referral outcome…</source>
            <translation>알선 결과 기록(&amp;E)…</translation>
        </message>
        <message>
            <source>Records the outcome of the referral selected on the Referrals and placements screen.</source>
            <translation>알선·취업 화면에서 고른 알선의 결과를 기록합니다.</translation>
        </message>
        <message>
            <source>Employment support pro&amp;grammes…</source>
            <translation>취업지원 프로그램(&amp;G)…</translation>
        </message>
        <message>
            <source>Shows programme meetings, participants, completions, certifications and operating status.</source>
            <translation>프로그램의 회차·참여자·이수·자격 취득과 운영현황을 봅니다.</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Working desk toolbar</source>
            <translation>창구 도구 모음(&amp;W)</translation>
        </message>
        <message>
            <source>Employer outreach results… (&amp;B)</source>
            <translation>기업발굴 실적(&amp;B)…</translation>
        </message>
        <message>
            <source>New employers found, visits, calls, agreements and opening registrations from found employers, by desk and month.</source>
            <translation>창구별·월별 신규 발굴, 방문, 전화, 협약, 발굴기업 구인등록을 봅니다.</translation>
        </message>
        <message>
            <source>Employment retention… (&amp;K)</source>
            <translation>고용유지 현황(&amp;K)…</translation>
        </message>
        <message>
            <source>Shows 1-, 3- and 6-month employment retention of placed job seekers.</source>
            <translation>취업자의 1·3·6개월 고용유지를 봅니다.</translation>
        </message>
        <message>
            <source>Results &amp;per counselor…</source>
            <translation>상담사별 실적(&amp;P)…</translation>
        </message>
        <message>
            <source>Job seeker registrations, sessions, referrals, placements and follow-ups by counselor and month.</source>
            <translation>상담사별·월별 구직등록, 상담, 알선, 취업자수, 사후관리를 봅니다.</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>User guide (&amp;H)</source>
            <translation>사용자 안내서(&amp;H)</translation>
        </message>
        <message>
            <source>Shows how to use the current screen in the user guide.</source>
            <translation>지금 화면의 사용법을 안내서에서 봅니다.</translation>
        </message>
        <message>
            <source>&amp;About deskapp</source>
            <translation>deskapp 정보(&amp;A)</translation>
        </message>
        <message>
            <source>{name} ({username}) · {role}</source>
            <translation>{name} ({username}) · {role}</translation>
        </message>
        <message>
            <source>DB: {location}</source>
            <translation>DB: {location}</translation>
        </message>
        <message>
            <source>&amp;New employer…</source>
            <translation>구인업체 등록(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;New job seeker…</source>
            <translation>구직자 등록(&amp;N)…</translation>
        </message>
        <message>
            <source>Select the employer for the opening, then press Ctrl+Shift+N again.</source>
            <translation>구인을 등록할 업체를 고른 뒤 다시 Ctrl+Shift+N을 누르세요.</translation>
        </message>
        <message>
            <source>Save blank template</source>
            <translation>빈 양식 저장</translation>
        </message>
        <message>
            <source>record-template.xlsx</source>
            <translation>기록양식.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 통합문서 (*.xlsx)</translation>
        </message>
        <message>
            <source>Saving blank template…</source>
            <translation>빈 양식을 저장하는 중…</translation>
        </message>
        <message>
            <source>About deskapp</source>
            <translation>deskapp 정보</translation>
        </message>
        <message>
            <source>&lt;h3&gt;deskapp {version}&lt;/h3&gt;&lt;p&gt;Manages job seeker and opening registrations, counseling sessions, referrals, placement records and statistics for the Geumcheon-gu job counseling desks (Job Plus Center, G Valley, community service centres, Employment Welfare Plus Center).&lt;/p&gt;&lt;p&gt;Database: {location}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;deskapp {version}&lt;/h3&gt;&lt;p&gt;금천구 일자리 상담창구(일자리플러스센터, G밸리, 동주민센터, 고용복지플러스센터)의 구직·구인 등록, 상담, 알선, 취업 기록과 통계를 관리합니다.&lt;/p&gt;&lt;p&gt;데이터베이스: {location}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Today</source>
            <extracomment>The pages, in the order of the navigation list (their keys are kept in the settings as the page left last, and name the help topics: do not rename them).</extracomment>
            <translation>오늘</translation>
        </message>
        <message>
            <source>Job seekers</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>Employers and openings</source>
            <translation>구인업체·구인</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>상담</translation>
        </message>
        <message>
            <source>Referrals and placements</source>
            <translation>알선·취업</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>통계</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>검토</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>사후관리</translation>
        </message>
        <message>
            <source>Hiring events</source>
            <translation>행사</translation>
        </message>
    </context>
    <context>
        <name>MatchDialog</name>
        <message>
            <source>Suggested openings — {title}</source>
            <translation>추천 구인 — {title}</translation>
        </message>
        <message>
            <source>Suggested openings</source>
            <translation>추천 구인</translation>
        </message>
        <message>
            <source>Enter: refer to the chosen opening (after confirmation) · Esc: close</source>
            <translation>Enter: 고른 구인에 알선 (확인 후) · Esc: 닫기</translation>
        </message>
        <message>
            <source>No suitable openings.</source>
            <translation>알맞은 구인이 없습니다.</translation>
        </message>
        <message>
            <source>Referred to {title}.</source>
            <translation>{title}에 알선했습니다.</translation>
        </message>
        <message>
            <source>{seeker} → {opening}
Refer to this opening?</source>
            <translation>{seeker} → {opening}
이 구인에 알선할까요?</translation>
        </message>
    </context>
    <context>
        <name>MatchesDialog</name>
        <message>
            <source>Why the selected row is suggested</source>
            <extracomment>The column of the reasons (추천 이유): it takes the free width and wraps.</extracomment>
            <translation>고른 줄의 추천 이유</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>닫기 (Esc)</translation>
        </message>
        <message>
            <source>Confirm referral</source>
            <translation>알선 확인</translation>
        </message>
        <message>
            <source>&amp;Refer</source>
            <translation>알선(&amp;R)</translation>
        </message>
        <message>
            <source>Referral date {day} · referring desk {desk}</source>
            <translation>알선일 {day} · 알선창구 {desk}</translation>
        </message>
    </context>
    <context>
        <name>MatchesModel</name>
        <message>
            <source>Opening</source>
            <translation>구인</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>조건</translation>
        </message>
        <message>
            <source>Why suggested</source>
            <translation>추천 이유</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge job seekers</source>
            <translation>구직자 병합</translation>
        </message>
        <message>
            <source>Record to keep</source>
            <translation>남길 기록</translation>
        </message>
        <message>
            <source>Duplicate record to merge</source>
            <translation>합칠 중복 기록</translation>
        </message>
        <message>
            <source>Record to &amp;keep:</source>
            <translation>남길 기록(&amp;K):</translation>
        </message>
        <message>
            <source>&amp;Duplicate record to merge:</source>
            <translation>합칠 중복 기록(&amp;D):</translation>
        </message>
        <message>
            <source>The records differ, but the&amp;y are the same person</source>
            <translation>다른 점이 있지만 같은 사람이 맞습니다(&amp;Y)</translation>
        </message>
        <message>
            <source>Why they are the same person</source>
            <translation>같은 사람인 까닭</translation>
        </message>
        <message>
            <source>e.g. changed phone number, confirmed date of birth typo</source>
            <translation>예: 전화번호를 바꿈, 생년월일 오타 확인</translation>
        </message>
        <message>
            <source>The two records differ</source>
            <translation>두 기록이 다릅니다</translation>
        </message>
        <message>
            <source>Reason (&amp;W):</source>
            <translation>까닭(&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>병합(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Undo last merge</source>
            <translation>마지막 병합 되돌리기(&amp;U)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>The counseling sessions, referrals and placements of the record to merge move to the record to keep, and the merged record becomes void.
Search by name, initial consonants, last 4 digits of the phone number or job seeker number, then choose with ↓ and Enter.</source>
            <translation>합칠 기록의 상담·알선·취업이 남길 기록으로 옮겨지고, 합친 기록은 무효가 됩니다.
이름, 초성, 전화번호 끝 4자리 또는 구직자번호로 찾아 ↓와 Enter로 고르세요.</translation>
        </message>
        <message>
            <source>A record cannot be merged with itself.</source>
            <translation>같은 기록끼리는 합칠 수 없습니다.</translation>
        </message>
        <message>
            <source>The two records differ. If they are the same person, tick the box and write the reason.</source>
            <translation>두 기록이 다릅니다. 같은 사람이 맞으면 확인란에 표시하고 까닭을 적으세요.</translation>
        </message>
        <message>
            <source>{field}: choose from the list (search, then ↓, Enter).</source>
            <translation>{field}을 목록에서 고르세요 (찾아서 ↓, Enter).</translation>
        </message>
        <message>
            <source>Merges {gone_obj} into {keep} ({keep_no}). Press Merge again to merge.</source>
            <translation>{gone_obj} {keep} ({keep_no})에 합칩니다. 병합을 한 번 더 누르면 합칩니다.</translation>
        </message>
        <message>
            <source>The records differ in: {fields_subj}. </source>
            <translation>두 기록의 {fields_subj} 다릅니다. </translation>
        </message>
        <message>
            <source>Field</source>
            <translation>항목</translation>
        </message>
        <message>
            <source>Merged. To undo, press Alt+U.</source>
            <translation>병합했습니다. 되돌리려면 Alt+U.</translation>
        </message>
        <message>
            <source>The merge was undone.</source>
            <translation>병합을 되돌렸습니다.</translation>
        </message>
    </context>
    <context>
        <name>MonthPicker</name>
        <message>
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>연간 전체</translation>
        </message>
        <message>
            <source>Month {month}</source>
            <translation>{month}월</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>월</translation>
        </message>
        <message>
            <source>{month}/{year}</source>
            <translation>{year}년 {month}월</translation>
        </message>
        <message>
            <source>{year}</source>
            <translation>{year}년</translation>
        </message>
    </context>
    <context>
        <name>MonthlyBreakdownModel</name>
        <message>
            <source>Month</source>
            <translation>월</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>누계</translation>
        </message>
    </context>
    <context>
        <name>MonthlyStatsModel</name>
        <message>
            <source>Month</source>
            <translation>월</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>당월</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>누계</translation>
        </message>
    </context>
    <context>
        <name>NewEmployerForm</name>
        <message>
            <source>New participating employer — {name}</source>
            <translation>새 업체 참여 — {name}</translation>
        </message>
        <message>
            <source>E&amp;mployer name</source>
            <translation>업체명(&amp;M)</translation>
        </message>
        <message>
            <source>Contact (&amp;P)</source>
            <translation>연락처(&amp;P)</translation>
        </message>
        <message>
            <source>Occupation (&amp;J)</source>
            <translation>모집직종(&amp;J)</translation>
        </message>
        <message>
            <source>If filled in, an opening is also registered</source>
            <translation>적으면 구인도 등록합니다</translation>
        </message>
        <message>
            <source>Number to &amp;recruit</source>
            <translation>모집인원(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>OccupationChooser</name>
        <message>
            <source>Choose… (F4)</source>
            <translation>고르기… (F4)</translation>
        </message>
        <message>
            <source>Clear the chosen code and search by word</source>
            <translation>고른 코드를 지우고 낱말로 찾기</translation>
        </message>
        <message>
            <source>Clear the chosen occupation classification</source>
            <translation>고른 직업분류 지우기</translation>
        </message>
        <message>
            <source>{occupation} (chosen)</source>
            <translation>{occupation} (고름)</translation>
        </message>
        <message>
            <source>{occupation} (found by word)</source>
            <translation>{occupation} (낱말로 찾음)</translation>
        </message>
        <message>
            <source>No code — press F4 to choose from the occupation classification</source>
            <translation>코드 없음 — F4로 직업분류에서 고르세요</translation>
        </message>
    </context>
    <context>
        <name>OccupationDialog</name>
        <message>
            <source>Choose from occupation classification</source>
            <translation>직업분류에서 고르기</translation>
        </message>
        <message>
            <source>Word from the occupation name, or a code (e.g. security guard, 5413)</source>
            <translation>직업 이름의 낱말 또는 코드 (예: 경비, 5413)</translation>
        </message>
        <message>
            <source>Find occupation</source>
            <translation>직업 찾기</translation>
        </message>
        <message>
            <source>Occupation classification</source>
            <translation>직업분류</translation>
        </message>
        <message>
            <source>↓: go to list · Enter: choose unit group (expands groups) · Esc: close</source>
            <translation>↓: 목록으로 · Enter: 세분류 고르기 (분류는 펼치기) · Esc: 닫기</translation>
        </message>
        <message>
            <source>Choose</source>
            <translation>고르기</translation>
        </message>
        <message>
            <source>{count} unit groups</source>
            <translation>세분류 {count}개</translation>
        </message>
        <message>
            <source>Choose a unit group (4-digit code).</source>
            <translation>세분류(4자리 코드)를 고르십시오.</translation>
        </message>
    </context>
    <context>
        <name>OpeningChoiceModel</name>
        <message>
            <source>Matches desired occupation ({job})</source>
            <translation>희망직종({job})과 맞음</translation>
        </message>
        <message>
            <source>Why it matches</source>
            <translation>맞는 이유</translation>
        </message>
        <message>
            <source>Employer name</source>
            <translation>업체명</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>모집직종</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>인원</translation>
        </message>
        <message>
            <source>Wage</source>
            <translation>임금</translation>
        </message>
        <message>
            <source>Closing date</source>
            <translation>마감일</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>Opening no.</source>
            <translation>구인번호</translation>
        </message>
    </context>
    <context>
        <name>OpeningForm</name>
        <message>
            <source>Opening registration — {name}</source>
            <translation>구인 등록 — {name}</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>업체</translation>
        </message>
        <message>
            <source>Occupation (&amp;J)</source>
            <translation>모집직종(&amp;J)</translation>
        </message>
        <message>
            <source>To recruit</source>
            <translation>모집인원</translation>
        </message>
        <message>
            <source>Wage</source>
            <translation>임금</translation>
        </message>
        <message>
            <source>e.g. KRW 2.3 million a month</source>
            <translation>예: 월 230만원</translation>
        </message>
        <message>
            <source>Employment type</source>
            <translation>고용형태</translation>
        </message>
        <message>
            <source>(not entered)</source>
            <translation>(적지 않음)</translation>
        </message>
        <message>
            <source>Closing date</source>
            <translation>마감일</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>Registration desk</source>
            <translation>등록창구</translation>
        </message>
        <message>
            <source>Close (&amp;K)</source>
            <translation>마감(&amp;K)</translation>
        </message>
        <message>
            <source>Recruiting</source>
            <translation>모집 중</translation>
        </message>
        <message>
            <source>{hired} hired / when the number to recruit has been hired, close the opening as '{filled}'.</source>
            <translation>채용 {hired}명 / 모집인원만큼 채용되면 '{filled}'로 마감하세요.</translation>
        </message>
        <message>
            <source>The closing date is before the registration date.</source>
            <translation>마감일이 등록일보다 빠릅니다.</translation>
        </message>
    </context>
    <context>
        <name>OpeningRecord</name>
        <message>
            <source>Opening details</source>
            <translation>구인 정보</translation>
        </message>
        <message>
            <source>Opening no.</source>
            <translation>구인번호</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>업체</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>모집직종</translation>
        </message>
        <message>
            <source>Hired / to recruit</source>
            <translation>채용 / 모집인원</translation>
        </message>
        <message>
            <source>Wage</source>
            <translation>임금</translation>
        </message>
        <message>
            <source>Employment type</source>
            <translation>고용형태</translation>
        </message>
        <message>
            <source>Closing date</source>
            <translation>마감일</translation>
        </message>
        <message>
            <source>Registered on · desk</source>
            <translation>등록일·창구</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Referrals (&amp;1)</source>
            <translation>알선(&amp;1)</translation>
        </message>
        <message>
            <source>Placements (&amp;2)</source>
            <translation>취업(&amp;2)</translation>
        </message>
        <message>
            <source>Change history (&amp;3)</source>
            <translation>변경 이력(&amp;3)</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>수정</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>마감</translation>
        </message>
        <message>
            <source>Matching job seekers</source>
            <translation>맞는 구직자</translation>
        </message>
        <message>
            <source>Opening — {title}</source>
            <translation>구인 — {title}</translation>
        </message>
        <message>
            <source>{hires} / {headcount}</source>
            <translation>{hires}명 / {headcount}명</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>다시 열기</translation>
        </message>
        <message>
            <source>{count} referrals and placements by other desks are not in this list.</source>
            <translation>다른 창구의 알선·취업 {count}건은 이 목록에 없습니다.</translation>
        </message>
        <message>
            <source>Reopen opening</source>
            <translation>구인 다시 열기</translation>
        </message>
        <message>
            <source>&amp;Reopen opening {number_obj}.
Reason:</source>
            <translation>구인 {number_obj} 다시 엽니다.
사유(&amp;R):</translation>
        </message>
        <message>
            <source>Close opening</source>
            <translation>구인 마감</translation>
        </message>
        <message>
            <source>Close opening {number_obj} as {reason_to} (hired {hires} / &amp;recruiting {headcount}). Closed openings no longer appear in suggested openings or matching job seekers.
Reason:</source>
            <translation>구인 {number_obj} {reason_to} 마감합니다 (채용 {hires}명 / 모집 {headcount}명). 마감한 구인은 추천 구인과 맞는 구직자에 나오지 않습니다.
사유(&amp;R):</translation>
        </message>
    </context>
    <context>
        <name>OutcomeForm</name>
        <message>
            <source>Record referral outcome</source>
            <translation>알선 결과 기록</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>알선</translation>
        </message>
        <message>
            <source>Select the referral to record an outcome for.</source>
            <translation>결과를 기록할 알선을 고르세요.</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>(Select)</source>
            <translation>(고르세요)</translation>
        </message>
        <message>
            <source>Select an outcome.</source>
            <translation>결과를 고르세요.</translation>
        </message>
    </context>
    <context>
        <name>OutreachItemsModel</name>
        <message>
            <source>Due</source>
            <translation>기한</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>업체</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>할 일</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>상담사</translation>
        </message>
    </context>
    <context>
        <name>OutreachPanel</name>
        <message>
            <source>Contact records</source>
            <translation>접촉 기록</translation>
        </message>
        <message>
            <source>Local resident hiring agreements</source>
            <translation>구민 우선 채용 협약</translation>
        </message>
        <message>
            <source>Ctrl+L: record contact · Ctrl+Shift+A: register agreement · Ctrl+Shift+D: complete next action · Delete: void selected contact or agreement</source>
            <translation>Ctrl+L: 접촉 기록 · Ctrl+Shift+A: 협약 등록 · Ctrl+Shift+D: 다음 할 일 완료 · Delete: 고른 접촉·협약 무효 처리</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>무효 처리</translation>
        </message>
        <message>
            <source>Select a contact with an unfinished next action.</source>
            <translation>끝내지 않은 다음 할 일이 있는 접촉을 고르십시오.</translation>
        </message>
        <message>
            <source>Next action completed.</source>
            <translation>다음 할 일을 마쳤습니다.</translation>
        </message>
        <message>
            <source>{day} agreement</source>
            <translation>{day} 협약</translation>
        </message>
        <message>
            <source>{day} {kind} contact</source>
            <translation>{day} {kind} 접촉</translation>
        </message>
        <message>
            <source>Select a contact or agreement to void.</source>
            <translation>무효로 할 접촉이나 협약을 고르십시오.</translation>
        </message>
        <message>
            <source>Voided {what_obj}.</source>
            <translation>{what_obj} 무효로 했습니다.</translation>
        </message>
        <message>
            <source>Voiding {what_obj}. It is &amp;removed from the results but the record is kept.
Reason:</source>
            <translation>{what_obj} 무효로 합니다. 실적에서 빠지고 기록은 남습니다.
사유(&amp;R):</translation>
        </message>
    </context>
    <context>
        <name>OutreachReportDialog</name>
        <message>
            <source>Employer outreach results</source>
            <translation>기업발굴 실적</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>연도(&amp;Y):</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>닫기 (Esc)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
    </context>
    <context>
        <name>OutreachReportModel</name>
        <message>
            <source>Month</source>
            <translation>월</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsModel</name>
        <message>
            <source>Name</source>
            <translation>성명</translation>
        </message>
        <message>
            <source>Job seeker no.</source>
            <translation>구직자번호</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>면접</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>Interviewing employer</source>
            <translation>면접 업체</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>취업</translation>
        </message>
        <message>
            <source>Placement registered</source>
            <translation>취업 등록</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Reset password — {username}</source>
            <translation>비밀번호 재설정 — {username}</translation>
        </message>
        <message>
            <source>New &amp;password:</source>
            <translation>새 비밀번호(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Confirm password:</source>
            <translation>비밀번호 확인(&amp;C):</translation>
        </message>
        <message>
            <source>Gives {name} ({username}) a new password. If the account is locked, this also unlocks it. Tell the new password to the person directly.</source>
            <translation>{name} ({username})에게 새 비밀번호를 줍니다. 잠긴 계정이면 잠금도 풀립니다. 새 비밀번호는 본인에게 직접 알려 주세요.</translation>
        </message>
        <message>
            <source>The password and the confirmation do not match.</source>
            <translation>비밀번호와 비밀번호 확인이 같지 않습니다.</translation>
        </message>
        <message>
            <source>Changing the password…</source>
            <translation>비밀번호를 바꾸는 중…</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>성명</translation>
        </message>
        <message>
            <source>Job seeker no.</source>
            <translation>구직자번호</translation>
        </message>
        <message>
            <source>Placement date</source>
            <translation>취업일</translation>
        </message>
        <message>
            <source>Check due date</source>
            <translation>확인 예정일</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>취업처</translation>
        </message>
        <message>
            <source>Check date</source>
            <translation>확인일</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>메모</translation>
        </message>
        <message>
            <source>Placements in period</source>
            <translation>기간 중 취업</translation>
        </message>
        <message>
            <source>{n}</source>
            <translation>{n}건</translation>
        </message>
    </context>
    <context>
        <name>PerformanceDialog</name>
        <message>
            <source>Results per counselor</source>
            <translation>상담사별 실적</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>닫기 (Esc)</translation>
        </message>
    </context>
    <context>
        <name>PerformanceDrillDown</name>
        <message>
            <source>Results details</source>
            <translation>실적 상세 목록</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <source>All desks</source>
            <translation>전체 창구</translation>
        </message>
        <message>
            <source>{counselor} · {measure} {count} ({period}, {where})</source>
            <translation>{counselor} · {measure} {count} ({period}, {where})</translation>
        </message>
        <message>
            <source>{n:,} {unit}</source>
            <translation>{n:,}{unit}</translation>
        </message>
        <message>
            <source>{counselor} · {period} {measure}: {count} records counted in this cell</source>
            <translation>{counselor} · {period} {measure}: 이 칸에 센 기록 {count}</translation>
        </message>
        <message>
            <source>Placements count people: someone placed twice or more is still one row.</source>
            <translation>취업자수는 사람을 셉니다: 두 번 이상 취업한 사람도 한 줄입니다.</translation>
        </message>
    </context>
    <context>
        <name>PerformanceModel</name>
        <message>
            <source>Counselor</source>
            <translation>상담사</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Month {month}</source>
            <translation>{month}월</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>합계</translation>
        </message>
    </context>
    <context>
        <name>PerformanceView</name>
        <message>
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>연도(&amp;Y):</translation>
        </message>
        <message>
            <source>All desks</source>
            <translation>전체 창구</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>&amp;Desk:</source>
            <translation>창구(&amp;D):</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>지표</translation>
        </message>
        <message>
            <source>&amp;Indicator:</source>
            <translation>지표(&amp;I):</translation>
        </message>
        <message>
            <source>Results per counselor</source>
            <translation>상담사별 실적</translation>
        </message>
        <message>
            <source>Press Enter or double-click a cell to see the records counted.</source>
            <translation>칸에서 Enter를 누르거나 두 번 누르면 센 기록을 봅니다.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <source>No records counted for this year.</source>
            <translation>이 해에 센 기록이 없습니다.</translation>
        </message>
        <message>
            <source>{year} {measure} by counselor ({unit}).</source>
            <translation>{year}년 상담사별 {measure}({unit}).</translation>
        </message>
        <message>
            <source>The total is the number of people placed during the year (placed twice counts once).</source>
            <translation>합계는 한 해 동안 취업한 사람 수입니다(두 번 취업해도 한 번).</translation>
        </message>
        <message>
            <source>Follow-ups are employment retention checks (1, 3 and 6 months) recorded in that month.</source>
            <translation>사후관리는 그 달에 기록한 고용유지 확인(1·3·6개월)입니다.</translation>
        </message>
        <message>
            <source>Press Enter on a cell to see the records counted.</source>
            <translation>칸에서 Enter를 누르면 센 기록을 봅니다.</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <source>Start date</source>
            <translation>시작일</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>종료일</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>기간(&amp;P):</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>기간</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>월(&amp;M)</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>Month {month}</source>
            <translation>{month}월</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>월</translation>
        </message>
        <message>
            <source>&amp;Year to date</source>
            <translation>올해 누계(&amp;Y)</translation>
        </message>
        <message>
            <source>Custom &amp;range</source>
            <translation>기간 지정(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>PlacementEditForm</name>
        <message>
            <source>Placement date</source>
            <translation>취업일</translation>
        </message>
        <message>
            <source>Opening no.</source>
            <translation>구인번호</translation>
        </message>
        <message>
            <source>Number of the referred opening (blank for a self-found placement)</source>
            <translation>알선받은 구인의 번호 (비우면 본인취업)</translation>
        </message>
        <message>
            <source>Employer name</source>
            <translation>업체명</translation>
        </message>
        <message>
            <source>Employment type</source>
            <translation>고용형태</translation>
        </message>
        <message>
            <source>Verification method</source>
            <translation>확인방법</translation>
        </message>
        <message>
            <source>(not entered)</source>
            <translation>(적지 않음)</translation>
        </message>
        <message>
            <source>Placement desk</source>
            <translation>취업창구</translation>
        </message>
    </context>
    <context>
        <name>PlacementForm</name>
        <message>
            <source>Record placement</source>
            <translation>취업 기록</translation>
        </message>
        <message>
            <source>Placement type</source>
            <translation>취업 구분</translation>
        </message>
        <message>
            <source>For a placement via referral, choose the referral.</source>
            <translation>알선취업은 어느 알선에서인지 고르세요.</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>알선</translation>
        </message>
        <message>
            <source>Placement date</source>
            <translation>취업일</translation>
        </message>
        <message>
            <source>Employer name</source>
            <translation>업체명</translation>
        </message>
        <message>
            <source>Enter for a self-found placement (for a placement via referral, the opening's employer)</source>
            <translation>본인취업이면 적으세요 (알선취업은 구인의 업체)</translation>
        </message>
        <message>
            <source>Employment type</source>
            <translation>고용형태</translation>
        </message>
        <message>
            <source>e.g. permanent, contract</source>
            <translation>예: 상용직, 계약직</translation>
        </message>
        <message>
            <source>Verification method</source>
            <translation>확인방법</translation>
        </message>
        <message>
            <source>(not entered)</source>
            <translation>(적지 않음)</translation>
        </message>
        <message>
            <source>Placement desk</source>
            <translation>취업창구</translation>
        </message>
    </context>
    <context>
        <name>PlacementsModel</name>
        <message>
            <source>Placement date</source>
            <translation>취업일</translation>
        </message>
        <message>
            <source>Job seeker</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>상담사</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>Verification method</source>
            <translation>확인방법</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>출처</translation>
        </message>
        <message>
            <source>Entered on</source>
            <translation>입력일</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>검토</translation>
        </message>
        <message>
            <source>Unreviewed</source>
            <translation>미검토</translation>
        </message>
    </context>
    <context>
        <name>PlacementsTab</name>
        <message>
            <source>&amp;Period:</source>
            <translation>기간(&amp;P):</translation>
        </message>
        <message>
            <source>All desks</source>
            <translation>모든 창구</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Des&amp;k:</source>
            <translation>창구(&amp;K):</translation>
        </message>
        <message>
            <source>Search (&amp;Q)</source>
            <translation>조회(&amp;Q)</translation>
        </message>
        <message>
            <source>Loads placements for the chosen period and desk (Enter)</source>
            <translation>고른 기간과 창구의 취업을 불러옵니다 (Enter)</translation>
        </message>
        <message>
            <source>Via referral</source>
            <translation>알선취업</translation>
        </message>
        <message>
            <source>Self-found</source>
            <translation>본인취업</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>계</translation>
        </message>
        <message>
            <source>Unreviewed</source>
            <translation>미검토</translation>
        </message>
        <message>
            <source>Placements by desk and counselor</source>
            <translation>창구·상담사별 취업 수</translation>
        </message>
        <message>
            <source>Placements to review</source>
            <translation>검토할 취업</translation>
        </message>
        <message>
            <source>Enter: open job seeker record · Shift+arrow keys: select several · Ctrl+Enter: mark reviewed</source>
            <translation>Enter: 구직자 기록 열기 · Shift+방향키: 여러 건 고르기 · Ctrl+Enter: 검토 완료</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>검토 완료</translation>
        </message>
        <message>
            <source>Mark reviewe&amp;d</source>
            <translation>검토 완료(&amp;D)</translation>
        </message>
        <message>
            <source>Marks the selected placements as reviewed (Ctrl+Enter)</source>
            <translation>고른 취업을 검토 완료로 표시합니다 (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Loading placements for {period}…</source>
            <translation>{period} 취업을 불러오는 중…</translation>
        </message>
        <message>
            <source>Desk total</source>
            <translation>창구 계</translation>
        </message>
        <message>
            <source>{period}: {count} placements, {open} unreviewed</source>
            <translation>{period}: 취업 {count}건, 미검토 {open}건</translation>
        </message>
        <message>
            <source>{count} selected ({open} unreviewed)</source>
            <translation>고른 {count}건 (미검토 {open}건)</translation>
        </message>
        <message>
            <source>Select placements to review (Shift+arrow keys for several, Ctrl+A for all).</source>
            <translation>검토할 취업을 고르세요 (Shift+방향키로 여러 건, Ctrl+A로 모두).</translation>
        </message>
        <message>
            <source>All selected placements have already been reviewed.</source>
            <translation>고른 취업은 모두 이미 검토되었습니다.</translation>
        </message>
        <message>
            <source>Marked {count} placements as reviewed.</source>
            <translation>취업 {count}건을 검토 완료로 표시했습니다.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsModel</name>
        <message>
            <source>Sheet</source>
            <translation>시트</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>행</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>열</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>내용</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeForm</name>
        <message>
            <source>Edit programme — {name}</source>
            <translation>프로그램 수정 — {name}</translation>
        </message>
        <message>
            <source>New programme</source>
            <translation>새 프로그램</translation>
        </message>
        <message>
            <source>Programme &amp;name</source>
            <translation>프로그램명(&amp;N)</translation>
        </message>
        <message>
            <source>Type (&amp;K)</source>
            <translation>구분(&amp;K)</translation>
        </message>
        <message>
            <source>Operating desk (&amp;W)</source>
            <translation>운영창구(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation>시작일(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;End date</source>
            <translation>종료일(&amp;E)</translation>
        </message>
        <message>
            <source>Blank means all year</source>
            <translation>비우면 연중</translation>
        </message>
        <message>
            <source>&amp;Target group</source>
            <translation>교육대상(&amp;T)</translation>
        </message>
        <message>
            <source>Contracted &amp;provider</source>
            <translation>위탁기관(&amp;P)</translation>
        </message>
        <message>
            <source>Re&amp;marks</source>
            <translation>비고(&amp;M)</translation>
        </message>
        <message>
            <source>Cannot be earlier than the start date.</source>
            <translation>시작일보다 빠를 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeWindow</name>
        <message>
            <source>Meetings</source>
            <translation>회차</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>참여자</translation>
        </message>
        <message>
            <source>Meetings (&amp;1)</source>
            <translation>회차(&amp;1)</translation>
        </message>
        <message>
            <source>Participants (&amp;2)</source>
            <translation>참여자(&amp;2)</translation>
        </message>
        <message>
            <source>Add meeting</source>
            <translation>회차 추가</translation>
        </message>
        <message>
            <source>Enrol participant</source>
            <translation>참여 등록</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>이수</translation>
        </message>
        <message>
            <source>Certification</source>
            <translation>자격 취득</translation>
        </message>
        <message>
            <source>Edit programme</source>
            <translation>프로그램 수정</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>무효 처리</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>프로그램</translation>
        </message>
        <message>
            <source>Programme — {name}</source>
            <translation>프로그램 — {name}</translation>
        </message>
        <message>
            <source>For {target}</source>
            <translation>대상 {target}</translation>
        </message>
        <message>
            <source>Provider: {provider}</source>
            <translation>위탁 {provider}</translation>
        </message>
        <message>
            <source>{n} enrolled · {c} completed · {q} certified · {s} meetings</source>
            <translation>참여 {n}명 · 이수 {c}명 · 자격 {q}명 · 회차 {s}회</translation>
        </message>
        <message>
            <source>Select one person in the participant list.</source>
            <translation>참여자 목록에서 한 사람을 고르십시오.</translation>
        </message>
        <message>
            <source>Meeting added.</source>
            <translation>회차를 추가했습니다.</translation>
        </message>
        <message>
            <source>Participant enrolled.</source>
            <translation>참여자를 등록했습니다.</translation>
        </message>
        <message>
            <source>Completion recorded.</source>
            <translation>이수를 기록했습니다.</translation>
        </message>
        <message>
            <source>Certification recorded.</source>
            <translation>자격 취득을 기록했습니다.</translation>
        </message>
        <message>
            <source>Programme updated.</source>
            <translation>프로그램을 고쳤습니다.</translation>
        </message>
        <message>
            <source>Select the meeting to void in the meeting list.</source>
            <translation>회차 목록에서 무효로 할 회차를 고르십시오.</translation>
        </message>
        <message>
            <source> The {n} counseling sessions counted from this meeting will also be voided.</source>
            <translation> 이 회차로 센 상담 {n}건도 무효가 됩니다.</translation>
        </message>
        <message>
            <source>Voiding meeting {number} on {day}.{counted}</source>
            <translation>{day} {number}회차를 무효로 합니다.{counted}</translation>
        </message>
        <message>
            <source>Void meeting</source>
            <translation>회차 무효</translation>
        </message>
        <message>
            <source>Meeting voided.</source>
            <translation>회차를 무효로 했습니다.</translation>
        </message>
        <message>
            <source>Select the person whose enrolment to cancel in the participant list.</source>
            <translation>참여자 목록에서 참여를 취소할 사람을 고르십시오.</translation>
        </message>
        <message>
            <source>Voiding the enrolment of {name} ({number}).</source>
            <translation>{name} ({number})의 참여를 무효로 합니다.</translation>
        </message>
        <message>
            <source>Void enrolment</source>
            <translation>참여 무효</translation>
        </message>
        <message>
            <source>Enrolment voided.</source>
            <translation>참여를 무효로 했습니다.</translation>
        </message>
        <message>
            <source>{what} Enter the reason.</source>
            <translation>{what} 사유를 적으십시오.</translation>
        </message>
    </context>
    <context>
        <name>ProgrammesDialog</name>
        <message>
            <source>Employment support programmes</source>
            <translation>취업지원 프로그램</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>연도(&amp;Y):</translation>
        </message>
        <message>
            <source>All</source>
            <translation>전체</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>Type (&amp;K):</source>
            <translation>구분(&amp;K):</translation>
        </message>
        <message>
            <source>New programme (Ctrl+N)</source>
            <translation>새 프로그램 (Ctrl+N)</translation>
        </message>
        <message>
            <source>Programme list</source>
            <translation>프로그램 목록</translation>
        </message>
        <message>
            <source>Programme outcomes</source>
            <translation>프로그램 성과</translation>
        </message>
        <message>
            <source>Operating status</source>
            <translation>운영현황</translation>
        </message>
        <message>
            <source>Programmes (&amp;1)</source>
            <translation>프로그램(&amp;1)</translation>
        </message>
        <message>
            <source>Training, certification and placement outcomes (&amp;2)</source>
            <translation>교육·자격·취업 성과(&amp;2)</translation>
        </message>
        <message>
            <source>Operating status by programme (&amp;3)</source>
            <translation>프로그램별 운영현황(&amp;3)</translation>
        </message>
        <message>
            <source>Enter: open programme · Ctrl+N: new programme · Delete: void · Ctrl+Tab: next tab</source>
            <translation>Enter: 프로그램 열기 · Ctrl+N: 새 프로그램 · Delete: 무효 · Ctrl+Tab: 다음 탭</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>닫기 (Esc)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <source>No programmes ran this year. Create one with Ctrl+N.</source>
            <translation>이 해에 운영한 프로그램이 없습니다. Ctrl+N으로 만드세요.</translation>
        </message>
        <message>
            <source>Programme to void: {name}
{sessions} meetings (including those counted as sessions) and {enrolled} enrolments will also be voided. Enter a reason.</source>
            <translation>무효로 할 프로그램: {name}
회차 {sessions}회(상담으로 센 것 포함)와 참여 {enrolled}명도 무효가 됩니다. 사유를 적으십시오.</translation>
        </message>
        <message>
            <source>Void programme</source>
            <translation>프로그램 무효</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>무효 처리</translation>
        </message>
    </context>
    <context>
        <name>ProgrammesModel</name>
        <message>
            <source>Programme name</source>
            <translation>프로그램명</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>기간</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>참여</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>이수</translation>
        </message>
        <message>
            <source>Certified</source>
            <translation>자격</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>회차</translation>
        </message>
    </context>
    <context>
        <name>PurgeDialog</name>
        <message>
            <source>Delete personal data</source>
            <translation>개인정보 파기</translation>
        </message>
        <message>
            <source>Deletes the personal data of job seekers who had no registration, counseling session, referral or placement for the set period: name, contact details, date of birth, sex, address, desired occupation and session notes. The desk, dates and record types are kept, so the statistics for all past periods stay the same. Deleted personal data cannot be recovered.</source>
            <translation>정해진 기간 동안 등록도 상담·알선·취업도 없었던 구직자의 개인정보를 지웁니다: 성명, 연락처, 생년월일, 성별, 주소, 희망직종과 상담 내용. 창구·날짜·기록의 종류는 남으므로 지난 모든 기간의 통계는 그대로입니다. 지운 개인정보는 되살릴 수 없습니다.</translation>
        </message>
        <message>
            <source> years</source>
            <translation>년</translation>
        </message>
        <message>
            <source>Period with no activity</source>
            <translation>활동이 없던 기간</translation>
        </message>
        <message>
            <source>A copy of the database is made in the backups folder before deletion (back up a server database on the server).</source>
            <translation>파기하기 전에 데이터베이스 사본을 backups 폴더에 만듭니다 (서버 데이터베이스는 서버에서 백업하세요).</translation>
        </message>
        <message>
            <source>I &amp;confirm that the personal data will be deleted and cannot be recovered</source>
            <translation>개인정보가 지워지고 되살릴 수 없다는 것을 확인했습니다(&amp;C)</translation>
        </message>
        <message>
            <source>Period with no activit&amp;y:</source>
            <translation>활동이 없던 기간(&amp;Y):</translation>
        </message>
        <message>
            <source>Delete (&amp;P)</source>
            <translation>파기(&amp;P)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Job seekers registered before {cutoff} with no counseling session, referral or placement since then</source>
            <translation>{cutoff} 전에 등록했고 그날부터 상담·알선·취업이 한 번도 없는 구직자</translation>
        </message>
        <message>
            <source>Making a copy and deleting personal data…</source>
            <translation>사본을 만들고 개인정보를 지우는 중…</translation>
        </message>
        <message>
            <source>Deleted the personal data of {n:,} job seekers inactive since before {cutoff}.</source>
            <translation>{cutoff} 전부터 활동이 없던 구직자 {n:,}명의 개인정보를 지웠습니다.</translation>
        </message>
        <message>
            <source>Copy before deletion: {path}</source>
            <translation>파기 전 사본: {path}</translation>
        </message>
        <message>
            <source>deskapp did not make a copy because this is a server database.</source>
            <translation>서버 데이터베이스라 deskapp이 사본을 만들지 않았습니다.</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Reason</source>
            <translation>사유</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
    </context>
    <context>
        <name>ReassignDialog</name>
        <message>
            <source>Change assigned counselor</source>
            <translation>담당상담사 변경</translation>
        </message>
        <message>
            <source> and {count} others</source>
            <translation> 외 {count}명</translation>
        </message>
        <message>
            <source>Changing the assigned counselor of {count} job seekers: {names}</source>
            <translation>구직자 {count}명의 담당상담사를 바꿉니다: {names}</translation>
        </message>
        <message>
            <source>New assigned counselor</source>
            <translation>새 담당상담사</translation>
        </message>
        <message>
            <source>No desk</source>
            <translation>창구 없음</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>사유</translation>
        </message>
        <message>
            <source>e.g. resignation, reassignment of duties</source>
            <translation>예: 퇴직, 업무 재배치</translation>
        </message>
        <message>
            <source>New assigned &amp;counselor:</source>
            <translation>새 담당상담사(&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>사유(&amp;R):</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>변경</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Changed the assigned counselor of {count} job seekers.</source>
            <translation>구직자 {count}명의 담당상담사를 바꿨습니다.</translation>
        </message>
    </context>
    <context>
        <name>RecordListModel</name>
        <message>
            <source>The list has {count:,} records, so it was not sorted by the ‘{title}’ column. Narrow it with a search term or period.</source>
            <extracomment>Rows fetched at once, and how many such pages a list keeps. A full-width glyph: a column's width given as a number of characters is measured in it. Lists up to this long may be sorted by a column the service cannot order by. The record's id (an int) in every column. The id of the seeker the row is about (None when it is about no seeker). The row's item itself (a UserItem, an AccessEntry...), in a :class:`RowsModel`. The type of a short list's rows (a service's frozen item). Rows a short list hands its view at once (``canFetchMore``/``fetchMore``). The service gives the natural column's order descending (newest first).</extracomment>
            <translation>목록이 {count:,}건으로 길어 ‘{title}’ 열로는 정렬하지 않았습니다. 검색어나 기간으로 좁혀 주세요.</translation>
        </message>
    </context>
    <context>
        <name>ReferralEditForm</name>
        <message>
            <source>Referral date</source>
            <translation>알선일</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(아직 없음)</translation>
        </message>
        <message>
            <source>Referral desk</source>
            <translation>알선창구</translation>
        </message>
    </context>
    <context>
        <name>ReferralForm</name>
        <message>
            <source>Referral</source>
            <translation>알선</translation>
        </message>
        <message>
            <source>Narrow by employer name or occupation</source>
            <translation>업체명·직종으로 좁히기</translation>
        </message>
        <message>
            <source>Narrow openings</source>
            <translation>구인 좁히기</translation>
        </message>
        <message>
            <source>Show &amp;closed openings too</source>
            <translation>마감된 구인도 보기(&amp;C)</translation>
        </message>
        <message>
            <source>Referring to a closed opening asks for confirmation once more.</source>
            <translation>마감된 구인에 알선하면 한 번 더 묻습니다.</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>찾기</translation>
        </message>
        <message>
            <source>Select an opening to refer to.</source>
            <translation>알선할 구인을 고르세요.</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>구인</translation>
        </message>
        <message>
            <source>Referral date</source>
            <translation>알선일</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(아직 없음)</translation>
        </message>
        <message>
            <source>Referral desk</source>
            <translation>알선창구</translation>
        </message>
        <message>
            <source>Looking for open openings…</source>
            <translation>열려 있는 구인을 찾는 중…</translation>
        </message>
        <message>
            <source>There are no open openings. Register an opening first.</source>
            <translation>열려 있는 구인이 없습니다. 먼저 구인을 등록하세요.</translation>
        </message>
        <message>
            <source>{count} open openings, {fitting} matching the desired occupation</source>
            <translation>열린 구인 {count}건, 희망직종에 맞는 구인 {fitting}건</translation>
        </message>
    </context>
    <context>
        <name>ReferralsPage</name>
        <message>
            <source>Record outcome… (Ctrl+E)</source>
            <translation>결과 기록… (Ctrl+E)</translation>
        </message>
        <message>
            <source>Referrals awaiting outcome</source>
            <translation>결과를 기다리는 알선</translation>
        </message>
        <message>
            <source>Placements</source>
            <translation>취업 목록</translation>
        </message>
        <message>
            <source>Desk:</source>
            <translation>창구:</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>취업</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>기간:</translation>
        </message>
        <message>
            <source>{count:,} awaiting outcome</source>
            <translation>결과 대기 {count:,}건</translation>
        </message>
        <message>
            <source>{count:,} placements</source>
            <translation>취업 {count:,}건</translation>
        </message>
        <message>
            <source>First select the referral to record an outcome for.</source>
            <translation>결과를 기록할 알선을 먼저 고르세요.</translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <source>By hiring event</source>
            <translation>행사별</translation>
        </message>
        <message>
            <source>By venue</source>
            <translation>장소별</translation>
        </message>
        <message>
            <source>By venue type</source>
            <translation>장소구분별</translation>
        </message>
        <message>
            <source>Grouping</source>
            <translation>묶음</translation>
        </message>
        <message>
            <source>&amp;Group by:</source>
            <translation>묶음(&amp;G):</translation>
        </message>
        <message>
            <source>Hiring event results</source>
            <translation>행사 실적</translation>
        </message>
        <message>
            <source>Save to &amp;Excel…</source>
            <translation>엑셀로 저장(&amp;E)…</translation>
        </message>
        <message>
            <source>Enter on a number: the hiring events, employers and people in it</source>
            <translation>숫자에서 Enter: 그 숫자에 든 행사·업체·사람</translation>
        </message>
        <message>
            <source>The {role} account does not have the 'export statistics' permission. Team leads and administrators can save hiring event results to Excel.</source>
            <translation>{role} 계정에는 '통계 내보내기' 권한이 없습니다. 행사 실적의 엑셀 저장은 팀장과 관리자가 할 수 있습니다.</translation>
        </message>
        <message>
            <source>Save the results table shown to an Excel file.</source>
            <translation>보이는 실적표를 엑셀 파일로 저장합니다.</translation>
        </message>
        <message>
            <source>Press Enter on a number cell.</source>
            <translation>숫자 칸에서 Enter를 누르십시오.</translation>
        </message>
        <message>
            <source>Save hiring event results to Excel</source>
            <translation>행사 실적 엑셀로 저장</translation>
        </message>
        <message>
            <source>Write the &amp;reason for exporting the results. The reason is recorded in the access log.
Reason:</source>
            <translation>실적을 내보내는 사유를 적으세요. 사유는 접속기록에 남습니다.
사유(&amp;R):</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>계속</translation>
        </message>
        <message>
            <source>Save to Excel</source>
            <translation>엑셀로 저장</translation>
        </message>
        <message>
            <source>hiring-event-results_{start}-{end}</source>
            <translation>행사실적_{start}-{end}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 통합문서 (*.xlsx)</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>저장하는 중…</translation>
        </message>
        <message>
            <source>Saving hiring event results…</source>
            <translation>행사 실적을 저장하는 중…</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>저장했습니다: {path}</translation>
        </message>
    </context>
    <context>
        <name>RestoreConfirmDialog</name>
        <message>
            <source>Confirm database restore</source>
            <translation>데이터베이스 복원 확인</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;All data in the current database will be replaced by the data in this copy.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Copy: {name}&lt;br&gt;Made: {made}&lt;/p&gt;&lt;p&gt;Records registered or edited after the copy was made, and accounts and access log entries, will disappear from the current database. Before replacing it, the current database is saved to the backups folder as a ‘before restore’ copy, so you can go back to that copy if needed.&lt;/p&gt;&lt;p&gt;Make sure no other computer or window is using this database.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;지금 데이터베이스의 모든 데이터를 이 사본의 데이터로 바꿉니다.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;사본: {name}&lt;br&gt;만든 때: {made}&lt;/p&gt;&lt;p&gt;사본을 만든 뒤에 등록하거나 고친 기록, 계정과 접속기록은 지금 데이터베이스에서 사라집니다. 바꾸기 전에 지금 데이터베이스를 backups 폴더에 ‘복원 전’ 사본으로 저장하므로, 필요하면 그 사본으로 되돌릴 수 있습니다.&lt;/p&gt;&lt;p&gt;다른 컴퓨터나 창에서 이 데이터베이스를 쓰고 있지 않은지 확인하세요.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>I &amp;understand that the current data will be replaced by this copy</source>
            <translation>지금 데이터를 이 사본으로 바꾸는 것을 이해했습니다(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>복원(&amp;R)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Record employment retention check</source>
            <extracomment>The user's setting: how many days without contact put a seeker on the list.</extracomment>
            <translation>고용유지 확인 기록</translation>
        </message>
        <message>
            <source>Still employed</source>
            <translation>재직 중</translation>
        </message>
        <message>
            <source>Changed jobs or left</source>
            <translation>이직·퇴사</translation>
        </message>
        <message>
            <source>Employment retention</source>
            <translation>고용유지 현황</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>메모</translation>
        </message>
        <message>
            <source>{name} · {detail}</source>
            <translation>{name} · {detail}</translation>
        </message>
        <message>
            <source>&amp;Employment retention:</source>
            <translation>고용 유지(&amp;E):</translation>
        </message>
        <message>
            <source>Note (&amp;M):</source>
            <translation>메모(&amp;M):</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>시작일</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>종료일</translation>
        </message>
        <message>
            <source>Period (&amp;F):</source>
            <translation>기간(&amp;F):</translation>
        </message>
        <message>
            <source>~(&amp;T)</source>
            <translation>~(&amp;T)</translation>
        </message>
        <message>
            <source>Search (&amp;Q)</source>
            <translation>조회(&amp;Q)</translation>
        </message>
        <message>
            <source>Counts the selected period (Enter, F5)</source>
            <translation>선택한 기간을 셉니다 (Enter, F5)</translation>
        </message>
        <message>
            <source>Press Enter on a desk's retained, left, unconfirmed or not-yet-due cell to see those people.</source>
            <translation>창구의 유지·이직·미확인·도래 전 칸에서 Enter를 누르면 그 사람들을 봅니다.</translation>
        </message>
        <message>
            <source>Save to &amp;Excel…</source>
            <translation>엑셀로 저장(&amp;E)…</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>닫기 (Esc)</translation>
        </message>
        <message>
            <source>{role} accounts cannot export employment retention.</source>
            <translation>{role} 계정은 고용유지 현황을 내보낼 수 없습니다.</translation>
        </message>
        <message>
            <source>Saves only your desk's rows, with a reason.</source>
            <translation>자기 창구의 행만 사유와 함께 저장합니다.</translation>
        </message>
        <message>
            <source>Counting {period}…</source>
            <translation>{period} 집계 중…</translation>
        </message>
        <message>
            <source>Counts where people placed in {period} (once per desk, by their first placement in the period) stand at 1, 3 and 6 months. Reference date {today} (unit: people)</source>
            <translation>기간 {period}에 취업한 사람(창구별로 한 번, 기간 중 첫 취업 기준)이 1·3·6개월에 어디에 드는지 셉니다. 확인 기준일 {today} (단위: 명)</translation>
        </message>
        <message>
            <source>{period}: query complete</source>
            <translation>{period} 조회 완료</translation>
        </message>
        <message>
            <source>Select a retained, left, unconfirmed or not-yet-due cell in a desk row.</source>
            <translation>창구 행의 유지·이직·미확인·도래 전 칸을 고르세요.</translation>
        </message>
        <message>
            <source>Save to Excel</source>
            <translation>엑셀로 저장</translation>
        </message>
        <message>
            <source>Enter the &amp;reason for exporting employment retention to a file. The reason is kept in the access log.
Reason:</source>
            <translation>고용유지 현황을 파일로 내보내는 사유를 적으세요. 사유는 접속기록에 남습니다.
사유(&amp;R):</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>계속</translation>
        </message>
        <message>
            <source>retention_{start}_{end}</source>
            <translation>고용유지_{start}_{end}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 통합문서 (*.xlsx)</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>저장했습니다: {path}</translation>
        </message>
    </context>
    <context>
        <name>RetentionModel</name>
        <message>
            <source>Category</source>
            <extracomment>The raw value of a cell: the desk code in column 0, else the count. (checkpoint, state) of each column after 구 분 and 취업자.</extracomment>
            <translation>구 분</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>취업자</translation>
        </message>
    </context>
    <context>
        <name>RetentionPeopleDialog</name>
        <message>
            <source>{desk} · {months} {state} ({period})</source>
            <translation>{desk} · {months} {state} ({period})</translation>
        </message>
        <message>
            <source> Loading…</source>
            <translation> 불러오는 중…</translation>
        </message>
        <message>
            <source>Employment retention details</source>
            <translation>고용유지 상세 목록</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>닫기 (Esc)</translation>
        </message>
        <message>
            <source>{count} people counted in this cell. Someone placed twice or more at the same desk in the period is counted once, by the first placement. Press Enter to open the job seeker record.</source>
            <translation>이 칸에 센 사람 {count}명. 기간 중 같은 창구에서 두 번 이상 취업한 사람은 첫 취업으로 한 번 셉니다. Enter로 구직자 기록을 엽니다.</translation>
        </message>
    </context>
    <context>
        <name>ReviewModel</name>
        <message>
            <source>Time</source>
            <translation>시각</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>계정</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>행위</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>사유</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>내용</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Placement &amp;review</source>
            <translation>취업 검토(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Month close</source>
            <translation>월 마감(&amp;M)</translation>
        </message>
        <message>
            <source>Tar&amp;gets and achievement</source>
            <translation>목표·달성률(&amp;G)</translation>
        </message>
        <message>
            <source>Review flag&amp;s</source>
            <translation>점검 신호(&amp;S)</translation>
        </message>
        <message>
            <source>Results &amp;per counselor</source>
            <translation>상담사별 실적(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <source>Change role and desk — {username}</source>
            <translation>역할·창구 변경 — {username}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>역할(&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Desk:</source>
            <translation>창구(&amp;D):</translation>
        </message>
        <message>
            <source>Changes the role and desk of {name} ({username}). The change is recorded.</source>
            <translation>{name} ({username})의 역할과 창구를 바꿉니다. 바꾼 내용은 기록됩니다.</translation>
        </message>
        <message>
            <source>Counselor accounts need a desk.</source>
            <translation>상담사 계정에는 창구가 필요합니다.</translation>
        </message>
        <message>
            <source>Changing…</source>
            <translation>바꾸는 중…</translation>
        </message>
    </context>
    <context>
        <name>SavedFileBar</name>
        <message>
            <source>Open</source>
            <extracomment>Opens a URL in the desktop's program for it; tests put a recorder here.</extracomment>
            <translation>열기</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>폴더 열기</translation>
        </message>
        <message>
            <source>Close save notice</source>
            <translation>저장 알림 닫기</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>저장했습니다: {path}</translation>
        </message>
    </context>
    <context>
        <name>SeekerForm</name>
        <message>
            <source>Job seeker registration</source>
            <translation>구직자 등록</translation>
        </message>
        <message>
            <source>Na&amp;me</source>
            <translation>성명(&amp;M)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>생년월일</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>성별</translation>
        </message>
        <message>
            <source>(not entered)</source>
            <translation>(적지 않음)</translation>
        </message>
        <message>
            <source>Con&amp;tact</source>
            <translation>연락처(&amp;T)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>주소</translation>
        </message>
        <message>
            <source>Lives in Geumcheon-gu</source>
            <translation>금천구 거주</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>(모름)</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>구민</translation>
        </message>
        <message>
            <source>Non-resident</source>
            <translation>비구민</translation>
        </message>
        <message>
            <source>Desired occupation (&amp;J)</source>
            <translation>희망직종(&amp;J)</translation>
        </message>
        <message>
            <source>Desired employment type</source>
            <translation>희망 고용형태</translation>
        </message>
        <message>
            <source>(any)</source>
            <translation>(무관)</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>Registration desk (&amp;W)</source>
            <translation>등록창구(&amp;W)</translation>
        </message>
        <message>
            <source>Assigned counselor</source>
            <translation>담당상담사</translation>
        </message>
        <message>
            <source>Consent to collection &amp;and use of personal data obtained (consent form {version})</source>
            <translation>개인정보 수집·이용 동의를 받았습니다(&amp;A) (동의서 {version})</translation>
        </message>
        <message>
            <source>Consent to collection and use of personal data is required to register.</source>
            <translation>개인정보 수집·이용에 동의를 받아야 등록할 수 있습니다.</translation>
        </message>
        <message>
            <source>Education, experience and preferences</source>
            <translation>학력·경력·희망 조건</translation>
        </message>
        <message>
            <source>Target group</source>
            <translation>대상 그룹</translation>
        </message>
        <message>
            <source>Highest education</source>
            <translation>최종학력</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>경력</translation>
        </message>
        <message>
            <source>One per line: employer, job, 2015-03~2017-12</source>
            <translation>한 줄에 하나: 업체, 직무, 2015-03~2017-12</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>자격증</translation>
        </message>
        <message>
            <source>Separate with commas</source>
            <translation>쉼표로 나눠 적기</translation>
        </message>
        <message>
            <source>Desired wage</source>
            <translation>희망임금</translation>
        </message>
        <message>
            <source>e.g. KRW 2.3 million a month</source>
            <translation>예: 월 230만원</translation>
        </message>
        <message>
            <source>Desired work area</source>
            <translation>희망근무지역</translation>
        </message>
        <message>
            <source>e.g. Geumcheon-gu, Guro-gu</source>
            <translation>예: 금천구, 구로구</translation>
        </message>
        <message>
            <source>SMS consent</source>
            <translation>SMS 수신 동의</translation>
        </message>
        <message>
            <source>(not asked)</source>
            <translation>(묻지 않음)</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>동의</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>동의 안 함</translation>
        </message>
    </context>
    <context>
        <name>SeekerItemsModel</name>
        <message>
            <source>Name</source>
            <translation>성명</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>생년월일</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>연락처</translation>
        </message>
        <message>
            <source>Registration desk</source>
            <translation>등록창구</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>Job seeker no.</source>
            <translation>구직자번호</translation>
        </message>
    </context>
    <context>
        <name>SeekerListModel</name>
        <message>
            <source>Void</source>
            <extracomment>Rows whose item is void are shown grey and struck through (record lists).</extracomment>
            <translation>무효</translation>
        </message>
        <message>
            <source>Job seeker no.</source>
            <translation>구직자번호</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>성명</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>생년월일</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>연락처</translation>
        </message>
        <message>
            <source>Registration desk</source>
            <translation>등록창구</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>Desired occupation</source>
            <translation>희망직종</translation>
        </message>
        <message>
            <source>Assigned counselor</source>
            <translation>담당상담사</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>The list has {count:,} records, so it was not sorted by the ‘{title}’ column. Narrow it with a search term or period.</source>
            <translation>목록이 {count:,}건으로 길어 ‘{title}’ 열로는 정렬하지 않았습니다. 검색어나 기간으로 좁혀 주세요.</translation>
        </message>
    </context>
    <context>
        <name>SeekerMatchDialog</name>
        <message>
            <source>Matching job seekers — {title}</source>
            <translation>맞는 구직자 — {title}</translation>
        </message>
        <message>
            <source>Matching job seekers</source>
            <translation>맞는 구직자</translation>
        </message>
        <message>
            <source>Enter: refer the chosen job seeker to this opening (after confirmation) · Esc: close</source>
            <translation>Enter: 고른 구직자를 이 구인에 알선 (확인 후) · Esc: 닫기</translation>
        </message>
        <message>
            <source>No suitable job seekers.</source>
            <translation>알맞은 구직자가 없습니다.</translation>
        </message>
        <message>
            <source>Referred {name_obj}.</source>
            <translation>{name_obj} 알선했습니다.</translation>
        </message>
        <message>
            <source>{seeker} → {opening}
Refer this job seeker?</source>
            <translation>{seeker} → {opening}
이 구직자를 알선할까요?</translation>
        </message>
    </context>
    <context>
        <name>SeekerMatchesModel</name>
        <message>
            <source>Job seeker</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>Desired occupation</source>
            <translation>희망직종</translation>
        </message>
    </context>
    <context>
        <name>SeekerPicker</name>
        <message>
            <source>Find {title}</source>
            <extracomment>Typing pauses this long before the search runs.</extracomment>
            <translation>{title} 찾기</translation>
        </message>
        <message>
            <source>Name, initial consonants ({examples}), last 4 digits of phone number or job seeker number</source>
            <translation>이름, 초성({examples}), 전화번호 끝 4자리 또는 구직자번호</translation>
        </message>
        <message>
            <source>{title}: job seekers found</source>
            <translation>{title}: 찾은 구직자</translation>
        </message>
        <message>
            <source>{title}: chosen person</source>
            <translation>{title}: 고른 사람</translation>
        </message>
        <message>
            <source>Registered {day}</source>
            <translation>{day} 등록</translation>
        </message>
        <message>
            <source>Counselor {name}</source>
            <translation>담당 {name}</translation>
        </message>
        <message>
            <source>Chosen record: {who}</source>
            <translation>고른 기록: {who}</translation>
        </message>
        <message>
            <source>Nothing chosen yet.</source>
            <translation>아직 고르지 않았습니다.</translation>
        </message>
        <message>
            <source>‘{text}’: {count} found. Go down with ↓ and choose with Enter.</source>
            <translation>‘{text}’: {count}명. ↓로 내려가 Enter로 고르세요.</translation>
        </message>
        <message>
            <source>No job seekers match ‘{text}’.</source>
            <translation>‘{text}’에 맞는 구직자가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>SeekerRecord</name>
        <message>
            <source>Personal details</source>
            <translation>인적 사항</translation>
        </message>
        <message>
            <source>Job seeker no.</source>
            <translation>구직자번호</translation>
        </message>
        <message>
            <source>Registration desk</source>
            <translation>등록창구</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>생년월일</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>성별</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>연락처</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>Desired occupation</source>
            <translation>희망직종</translation>
        </message>
        <message>
            <source>Desired employment type</source>
            <translation>희망 고용형태</translation>
        </message>
        <message>
            <source>Assigned counselor</source>
            <translation>담당상담사</translation>
        </message>
        <message>
            <source>Lives in Geumcheon-gu</source>
            <translation>금천구 거주</translation>
        </message>
        <message>
            <source>Target group</source>
            <translation>대상 그룹</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>주소</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Session, referral and placement history</source>
            <translation>상담·알선·취업 이력</translation>
        </message>
        <message>
            <source>Session, referral and placement history (&amp;1)</source>
            <translation>상담·알선·취업 이력(&amp;1)</translation>
        </message>
        <message>
            <source>Education, career and preferences (&amp;2)</source>
            <translation>학력·경력·희망(&amp;2)</translation>
        </message>
        <message>
            <source>Change history (&amp;3)</source>
            <translation>변경 이력(&amp;3)</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>할 일</translation>
        </message>
        <message>
            <source>Ctrl+N  Record session
Ctrl+R  Refer
Ctrl+E  Record referral outcome
Ctrl+P  Record placement
Ctrl+D  Void selected history entry
Ctrl+Shift+D  Void job seeker registration
Ctrl+M  Suggested openings
F2  Edit job seeker details
Shift+F2  Edit selected history entry
Ctrl+Shift+P  Print job seeker form
Ctrl+S  Save
Esc  Close</source>
            <translation>Ctrl+N  상담 기록
Ctrl+R  알선
Ctrl+E  알선 결과 기록
Ctrl+P  취업 기록
Ctrl+D  고른 이력 무효 처리
Ctrl+Shift+D  구직 등록 무효 처리
Ctrl+M  추천 구인
F2  구직자 정보 수정
Shift+F2  고른 이력 수정
Ctrl+Shift+P  구직표 인쇄
Ctrl+S  저장
Esc  닫기</translation>
        </message>
        <message>
            <source>Record session</source>
            <translation>상담 기록</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>알선</translation>
        </message>
        <message>
            <source>Referral outcome</source>
            <translation>알선 결과</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>취업</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>무효 처리</translation>
        </message>
        <message>
            <source>Suggested openings</source>
            <translation>추천 구인</translation>
        </message>
        <message>
            <source>Void job seeker registration</source>
            <translation>구직 등록 무효</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>수정</translation>
        </message>
        <message>
            <source>Edit selected entry</source>
            <translation>고른 이력 수정</translation>
        </message>
        <message>
            <source>Print job seeker form</source>
            <translation>구직표 인쇄</translation>
        </message>
        <message>
            <source>Job seeker form PDF</source>
            <translation>구직표 PDF</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>닫기 (Esc)</translation>
        </message>
        <message>
            <source>{name} ({number})</source>
            <translation>{name} ({number})</translation>
        </message>
        <message>
            <source> — void</source>
            <translation> — 무효</translation>
        </message>
        <message>
            <source>Job seeker record — {title}</source>
            <translation>구직자 기록 — {title}</translation>
        </message>
        <message>
            <source>Voided: {reason}</source>
            <translation>무효: {reason}</translation>
        </message>
        <message>
            <source>(not stated)</source>
            <translation>(말하지 않음)</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>구민</translation>
        </message>
        <message>
            <source>Non-resident</source>
            <translation>비구민</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>정상</translation>
        </message>
        <message>
            <source>{sessions} sessions · {referrals} referrals ({pending} awaiting outcome) · {placements} placements</source>
            <translation>상담 {sessions}건 · 알선 {referrals}건 (결과 대기 {pending}건) · 취업 {placements}건</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>(모름)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>동의</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>동의 안 함</translation>
        </message>
        <message>
            <source>Highest education: {value}</source>
            <translation>최종학력: {value}</translation>
        </message>
        <message>
            <source>Certificates: {value}</source>
            <translation>자격증: {value}</translation>
        </message>
        <message>
            <source>Desired wage: {value}</source>
            <translation>희망임금: {value}</translation>
        </message>
        <message>
            <source>Desired work area: {value}</source>
            <translation>희망근무지역: {value}</translation>
        </message>
        <message>
            <source>Receive SMS: {value}</source>
            <translation>SMS 수신: {value}</translation>
        </message>
        <message>
            <source>Privacy consent date: {value}</source>
            <translation>개인정보 동의일: {value}</translation>
        </message>
        <message>
            <source>Career:</source>
            <translation>경력:</translation>
        </message>
        <message>
            <source>Saved {kind_obj}.</source>
            <translation>{kind_obj} 저장했습니다.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>저장했습니다.</translation>
        </message>
        <message>
            <source>Close opening</source>
            <translation>구인 마감</translation>
        </message>
        <message>
            <source>Opening {number} has reached its headcount. Close it as 'Filled'? Closed openings do not appear in suggested openings.</source>
            <translation>구인 {number}의 채용인원이 모집인원에 이르렀습니다. '채용완료'로 마감할까요? 마감한 구인은 추천 구인에 나오지 않습니다.</translation>
        </message>
        <message>
            <source>Close (&amp;K)</source>
            <translation>마감(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Leave open</source>
            <translation>그대로 두기(&amp;L)</translation>
        </message>
        <message>
            <source>Closed opening {number_obj} (filled).</source>
            <translation>구인 {number_obj} 마감했습니다 (채용완료).</translation>
        </message>
        <message>
            <source>Select the record to edit in the history (↑↓).</source>
            <translation>고칠 기록을 이력에서 고르세요 (↑↓).</translation>
        </message>
        <message>
            <source>Voided records cannot be edited.</source>
            <translation>무효인 기록은 고칠 수 없습니다.</translation>
        </message>
        <message>
            <source>{job} · occupation code {code}</source>
            <translation>{job} · 직업분류 {code}</translation>
        </message>
        <message>
            <source>No referral records. Make a referral first (Ctrl+R).</source>
            <translation>알선 기록이 없습니다. 먼저 알선하세요 (Ctrl+R).</translation>
        </message>
        <message>
            <source>Select the record to void in the history (↑↓).</source>
            <translation>무효로 할 기록을 이력에서 고르세요 (↑↓).</translation>
        </message>
        <message>
            <source>This record is already voided.</source>
            <translation>이미 무효인 기록입니다.</translation>
        </message>
        <message>
            <source>Registration of job seeker {name} ({number})</source>
            <translation>구직자 {name} ({number})의 등록</translation>
        </message>
        <message>
            <source>Voiding {what_obj}. The &amp;record is not deleted but is left out of statistics.
Reason:</source>
            <translation>{what_obj} 무효로 합니다. 기록은 지워지지 않고 통계에서 빠집니다.
사유(&amp;R):</translation>
        </message>
        <message>
            <source>Voided {kind_obj}.</source>
            <translation>{kind_obj} 무효로 했습니다.</translation>
        </message>
    </context>
    <context>
        <name>SeekerRecords</name>
        <message>
            <source>Recorded a session for {name} ({number}) at {desk}.</source>
            <translation>{name}({number})의 상담을 {desk}에서 기록했습니다.</translation>
        </message>
    </context>
    <context>
        <name>SeekerSearch</name>
        <message>
            <source>Name, initial consonants ({examples}), last 4 digits of phone number or job seeker number  (Ctrl+F)</source>
            <translation>이름, 초성({examples}), 전화번호 끝 4자리 또는 구직자번호  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Find job seeker</source>
            <translation>구직자 찾기</translation>
        </message>
        <message>
            <source>Job seekers found</source>
            <translation>찾은 구직자</translation>
        </message>
        <message>
            <source>‘{text}’: first {count} of {total:,} across all desks (narrow your search · Enter for the first person, ↓ to choose)</source>
            <translation>‘{text}’: 모든 창구에서 {total:,}명 중 처음 {count}명 (더 좁혀 찾으세요 · Enter로 첫 사람, ↓로 고르기)</translation>
        </message>
        <message>
            <source>‘{text}’: {count} across all desks (Enter for the first person, ↓ to choose)</source>
            <translation>‘{text}’: 모든 창구에서 {count}명 (Enter로 첫 사람, ↓로 고르기)</translation>
        </message>
        <message>
            <source>No job seekers match ‘{text}’.</source>
            <translation>‘{text}’에 맞는 구직자가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>SeekersPage</name>
        <message>
            <source>Include voided</source>
            <translation>무효 포함</translation>
        </message>
        <message>
            <source>Register job seeker… (Ctrl+N)</source>
            <translation>구직자 등록… (Ctrl+N)</translation>
        </message>
        <message>
            <source>Change assigned counselor…</source>
            <translation>담당상담사 변경…</translation>
        </message>
        <message>
            <source>Change assigned counselor… (Ctrl+Shift+A)</source>
            <translation>담당상담사 변경… (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>Changes the assigned counselor of the job seekers selected in the list.</source>
            <translation>목록에서 고른 구직자들의 담당상담사를 바꿉니다.</translation>
        </message>
        <message>
            <source>Job seekers</source>
            <translation>구직자 목록</translation>
        </message>
        <message>
            <source>Desk:</source>
            <translation>창구:</translation>
        </message>
        <message>
            <source>{count:,} job seekers</source>
            <translation>구직자 {count:,}명</translation>
        </message>
        <message>
            <source> (‘{text}’)</source>
            <translation> (‘{text}’)</translation>
        </message>
        <message>
            <source>Select the job seekers whose counselor to change in the list (Shift or Ctrl for several).</source>
            <translation>담당상담사를 바꿀 구직자를 목록에서 고르세요 (Shift·Ctrl로 여럿).</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <source>Add meeting — {name}</source>
            <translation>회차 추가 — {name}</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>프로그램</translation>
        </message>
        <message>
            <source>Meeting &amp;date</source>
            <translation>회차일(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>주제(&amp;T)</translation>
        </message>
        <message>
            <source>Activity su&amp;mmary</source>
            <translation>활동 내용(&amp;M)</translation>
        </message>
        <message>
            <source>Press Space to toggle attendance.</source>
            <translation>스페이스로 참석 여부를 바꿉니다.</translation>
        </message>
        <message>
            <source>&amp;Attendees</source>
            <translation>참석자(&amp;A)</translation>
        </message>
        <message>
            <source>Count as one counseling session per attendee</source>
            <translation>참석자마다 상담 1건으로 셈</translation>
        </message>
        <message>
            <source>If checked, the activity summary becomes one visit session per attendee at this programme's desk and counts toward sessions in the desk results table.</source>
            <translation>고르면 활동 내용이 참석자마다 이 프로그램 창구의 방문 상담 1건이 되어 창구 실적표의 상담에 들어갑니다.</translation>
        </message>
        <message>
            <source>&amp;Count as sessions</source>
            <translation>상담으로 셈(&amp;C)</translation>
        </message>
        <message>
            <source>Record session</source>
            <extracomment>(label, referral id) of a seeker's referrals, for choosing one.</extracomment>
            <translation>상담 기록</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>상담일</translation>
        </message>
        <message>
            <source>Session method</source>
            <translation>상담방법</translation>
        </message>
        <message>
            <source>Session notes</source>
            <translation>상담내용</translation>
        </message>
        <message>
            <source>Next contact date</source>
            <translation>다음 연락일</translation>
        </message>
        <message>
            <source>e.g. 2018-11-06 (blank for none)</source>
            <translation>예: 2018-11-06 (비우면 없음)</translation>
        </message>
        <message>
            <source>Session desk</source>
            <translation>상담창구</translation>
        </message>
        <message>
            <source>Cannot be earlier than the session date.</source>
            <translation>상담일보다 빠를 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>SessionsModel</name>
        <message>
            <source>Meetings</source>
            <translation>회차</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>일자</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>주제</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>참석</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>상담</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>활동 내용</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <source>Sessions</source>
            <translation>상담 목록</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>기간:</translation>
        </message>
        <message>
            <source>Desk:</source>
            <translation>창구:</translation>
        </message>
        <message>
            <source>{count:,} sessions</source>
            <translation>상담 {count:,}건</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Not logged out because there is unsaved input. Respond to it and try again.</source>
            <extracomment>After a restore, how soon the log-out is tried again while a form's question is open. At log-out, how long the closed window's running queries (short reads) may take to end before the account is logged out; any still running then end unseen. The database is opened once the log-in dialog has been painted, or after this long when no paint comes (a dialog never exposed). What the main window needs, loaded on a worker thread while the user logs in.</extracomment>
            <translation>저장하지 않은 입력이 있어 로그아웃하지 않았습니다. 답한 뒤 다시 하세요.</translation>
        </message>
        <message>
            <source>Unsaved input</source>
            <translation>저장하지 않은 입력</translation>
        </message>
        <message>
            <source>{n} windows of account {name} have unsaved input: {titles}. Discard it and log in as another user? Discarded input cannot be recovered.</source>
            <translation>{name} 계정의 창 {n}개에 저장하지 않은 입력이 있습니다: {titles}. 버리고 다른 사용자로 로그인할까요? 버린 입력은 되살릴 수 없습니다.</translation>
        </message>
        <message>
            <source>&amp;Discard and log in</source>
            <translation>버리고 로그인(&amp;D)</translation>
        </message>
        <message>
            <source>Restored the database from {name} (data before the restore: {saved}). Log in again with the restored data.</source>
            <translation>데이터베이스를 {name}에서 복원했습니다 (복원 전 데이터: {saved}). 복원한 데이터로 다시 로그인하세요.</translation>
        </message>
        <message>
            <source>You must log in again after the restore. Save or discard your unsaved input.</source>
            <translation>복원했으므로 다시 로그인해야 합니다. 저장하지 않은 입력을 저장하거나 버리세요.</translation>
        </message>
    </context>
    <context>
        <name>StatsTableModel</name>
        <message>
            <source>Category</source>
            <extracomment>The raw value of a cell (an int for counts, the desk code or month for the first column).</extracomment>
            <translation>구 분</translation>
        </message>
    </context>
    <context>
        <name>StatsView</name>
        <message>
            <source>Show</source>
            <extracomment>What a query counts: the table, the monthly series, and the same broken down (or None).</extracomment>
            <translation>조회</translation>
        </message>
        <message>
            <source>Counts results for the selected period (Enter)</source>
            <translation>선택한 기간의 실적을 셉니다 (Enter)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>성별</translation>
        </message>
        <message>
            <source>Age group</source>
            <translation>연령대</translation>
        </message>
        <message>
            <source>District resident</source>
            <translation>구민 여부</translation>
        </message>
        <message>
            <source>Target group</source>
            <translation>대상 그룹</translation>
        </message>
        <message>
            <source>Community service centre site</source>
            <translation>동 창구 현장</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>상담사</translation>
        </message>
        <message>
            <source>Break down</source>
            <translation>나눠 보기</translation>
        </message>
        <message>
            <source>Breaks down job seeker registrations, sessions, referrals and placements by sex, age group, etc. (Alt+B)</source>
            <translation>구직등록·상담·알선·취업자수를 성별, 연령대 등으로 나눠 봅니다 (Alt+B)</translation>
        </message>
        <message>
            <source>&amp;Break down by:</source>
            <translation>나눠 보기(&amp;B):</translation>
        </message>
        <message>
            <source>Results table</source>
            <translation>실적표</translation>
        </message>
        <message>
            <source>Press Enter or double-click a cell to see the records behind that number.</source>
            <translation>칸에서 Enter 또는 두 번 누르면 그 숫자에 든 기록을 봅니다.</translation>
        </message>
        <message>
            <source>Monthly results</source>
            <translation>월별 실적</translation>
        </message>
        <message>
            <source>All (grand total)</source>
            <translation>전체 (총 계)</translation>
        </message>
        <message>
            <source>Des&amp;k:</source>
            <translation>창구(&amp;K):</translation>
        </message>
        <message>
            <source>Indicator to break down</source>
            <translation>나눠 볼 지표</translation>
        </message>
        <message>
            <source>&amp;Indicator:</source>
            <translation>지표(&amp;I):</translation>
        </message>
        <message>
            <source>Results &amp;table</source>
            <translation>실적표(&amp;T)</translation>
        </message>
        <message>
            <source>Mo&amp;nthly and cumulative</source>
            <translation>월별·누계(&amp;N)</translation>
        </message>
        <message>
            <source>Save to &amp;Excel…</source>
            <translation>엑셀로 저장(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>인쇄(&amp;P)…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>PDF로 저장(&amp;D)…</translation>
        </message>
        <message>
            <source>{role} accounts do not have the 'Export statistics' permission. Team leads and administrators can save to Excel and print.</source>
            <translation>{role} 계정에는 '통계 내보내기' 권한이 없습니다. 엑셀 저장과 인쇄는 팀장과 관리자가 할 수 있습니다.</translation>
        </message>
        <message>
            <source>Choose a period and press Show first.</source>
            <translation>먼저 기간을 고르고 조회하세요.</translation>
        </message>
        <message>
            <source>Exports only the {desk} results in the current tab. A reason is required.</source>
            <translation>보고 있는 탭의 {desk} 실적만 내보냅니다. 사유를 적어야 합니다.</translation>
        </message>
        <message>
            <source>Exports the current tab (results table or monthly and cumulative).</source>
            <translation>보고 있는 탭(실적표 또는 월별·누계)을 내보냅니다.</translation>
        </message>
        <message>
            <source>Counting {period}…</source>
            <translation>{period} 집계 중…</translation>
        </message>
        <message>
            <source>{year} monthly results and cumulative from January</source>
            <translation>{year}년 월별 실적과 1월부터의 누계</translation>
        </message>
        <message>
            <source>{year} monthly results by {by} (cumulative: whole year counted at once)</source>
            <translation>{year}년 월별 {by}별 실적 (누계: 1년을 한 번에 센 것)</translation>
        </message>
        <message>
            <source>{period}: query complete</source>
            <translation>{period} 조회 완료</translation>
        </message>
        <message>
            <source>Period: {period}    (unit: cases, people)</source>
            <translation>기간: {period}    (단위: 건, 명)</translation>
        </message>
        <message>
            <source>Period: {period}    by {by} (unit: cases, people)    Opening registrations are not broken down.</source>
            <translation>기간: {period}    {by}별 (단위: 건, 명)    구인등록은 나누지 않습니다.</translation>
        </message>
        <message>
            <source>monthly-statistics_{year}</source>
            <translation>월별통계_{year}</translation>
        </message>
        <message>
            <source>results_by-{by}_{start}_{end}</source>
            <translation>실적_{by}별_{start}_{end}</translation>
        </message>
        <message>
            <source>results_{start}_{end}</source>
            <translation>실적_{start}_{end}</translation>
        </message>
        <message>
            <source>Only the {desk} &amp;results are exported. A reason is required and is kept in the access log.
Reason:</source>
            <translation>{desk}의 실적만 내보냅니다. 사유를 적어야 하며, 사유는 접속기록에 남습니다.
사유(&amp;R):</translation>
        </message>
        <message>
            <source>Enter the &amp;reason for exporting or printing statistics. The reason is kept in the access log.
Reason:</source>
            <translation>통계를 내보내거나 인쇄하는 사유를 적으세요. 사유는 접속기록에 남습니다.
사유(&amp;R):</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>계속</translation>
        </message>
        <message>
            <source>Save to Excel</source>
            <translation>엑셀로 저장</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 통합문서 (*.xlsx)</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>저장했습니다: {path}</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>인쇄</translation>
        </message>
        <message>
            <source>Print statistics</source>
            <translation>통계 인쇄</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>인쇄를 보냈습니다.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>PDF로 저장</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 문서 (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot write the PDF file: {path}</source>
            <translation>PDF 파일을 쓸 수 없습니다: {path}</translation>
        </message>
        <message>
            <source>You cannot see statistics details (personal records) of other desks.</source>
            <translation>다른 창구의 통계 상세(개인 기록)는 볼 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>StatusLabel</name>
        <message>
            <source>Notice</source>
            <translation>알림</translation>
        </message>
    </context>
    <context>
        <name>TallyModel</name>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>상담사</translation>
        </message>
    </context>
    <context>
        <name>TargetsModel</name>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>지표</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>목표</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>달성</translation>
        </message>
        <message>
            <source>Achievement rate</source>
            <translation>달성률</translation>
        </message>
        <message>
            <source>Target ({unit}): press Enter or F2 to edit.</source>
            <translation>목표({unit}): Enter 또는 F2로 고칩니다.</translation>
        </message>
        <message>
            <source>Enter the target as a whole number of 1 or more (entered: '{text}').</source>
            <translation>목표는 1 이상의 정수로 적으세요 (적은 값: '{text}').</translation>
        </message>
    </context>
    <context>
        <name>TargetsTab</name>
        <message>
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>연도(&amp;Y):</translation>
        </message>
        <message>
            <source>Chart indicator</source>
            <translation>그래프 지표</translation>
        </message>
        <message>
            <source>Chart &amp;indicator:</source>
            <translation>그래프 지표(&amp;I):</translation>
        </message>
        <message>
            <source>Targets and achievement</source>
            <translation>목표와 달성률</translation>
        </message>
        <message>
            <source>Type a number in a target cell, or press Enter or F2, to edit it.</source>
            <translation>목표 칸에서 숫자를 치거나 Enter·F2를 누르면 고칩니다.</translation>
        </message>
        <message>
            <source>Monthly results chart</source>
            <translation>월별 실적 그래프</translation>
        </message>
        <message>
            <source>Cumulative results and target chart</source>
            <translation>누계와 목표 그래프</translation>
        </message>
        <message>
            <source>Loading targets and results for {year}…</source>
            <translation>{year}년 목표와 실적을 불러오는 중…</translation>
        </message>
        <message>
            <source>Achieved: all of {year}</source>
            <translation>달성: {year}년 전체</translation>
        </message>
        <message>
            <source>Achieved: up to {today}</source>
            <translation>달성: {today}까지</translation>
        </message>
        <message>
            <source>{year} has not started yet.</source>
            <translation>{year}년은 아직 시작되지 않았습니다.</translation>
        </message>
        <message>
            <source>Set the {year} {measure} target for {desk} to {target_to}.</source>
            <translation>{year}년 {desk} {measure} 목표를 {target_to} 정했습니다.</translation>
        </message>
        <message>
            <source>Month {month}</source>
            <translation>{month}월</translation>
        </message>
        <message>
            <source>{desk} target</source>
            <translation>{desk} 목표</translation>
        </message>
        <message>
            <source>{year} monthly {measure} ({unit})</source>
            <translation>{year}년 월별 {measure}({unit})</translation>
        </message>
        <message>
            <source>{year} cumulative {measure} ({unit}) and target (dotted line)</source>
            <translation>{year}년 {measure} 누계({unit})와 목표(점선)</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>상세</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>무효</translation>
        </message>
        <message>
            <source>Awaiting outcome</source>
            <translation>결과 대기</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>People to contact</source>
            <translation>연락할 사람</translation>
        </message>
        <message>
            <source>Today's sessions</source>
            <translation>오늘 상담</translation>
        </message>
        <message>
            <source>People to contact again (sessions whose next contact date has come)</source>
            <translation>다시 연락할 사람 (다음 연락일이 된 상담)</translation>
        </message>
        <message>
            <source>Enter: open job seeker record · Ctrl+N: register job seeker · Ctrl+F: find job seeker</source>
            <translation>Enter: 구직자 기록 열기 · Ctrl+N: 구직자 등록 · Ctrl+F: 구직자 찾기</translation>
        </message>
        <message>
            <source>Follow-up: {work} to do · {expiring} registrations ending this week</source>
            <translation>사후관리: 할 일 {work}건 · 이번 주 등록 종료 {expiring}건</translation>
        </message>
        <message>
            <source>{day} ({weekday}) · {desk}</source>
            <translation>{day} ({weekday}) · {desk}</translation>
        </message>
        <message>
            <source>{count} people to contact</source>
            <translation>연락할 사람 {count}명</translation>
        </message>
        <message>
            <source>{count} sessions today</source>
            <translation>오늘 상담 {count}건</translation>
        </message>
        <message>
            <source>{sessions} sessions today · {calls} people to contact</source>
            <translation>오늘 상담 {sessions}건 · 연락할 사람 {calls}명</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <source>User name</source>
            <translation>사용자 이름</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>역할</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>사용 중지</translation>
        </message>
        <message>
            <source>Locked (until {until})</source>
            <translation>잠김 ({until}까지)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>사용 중</translation>
        </message>
    </context>
    <context>
        <name>WalkInForm</name>
        <message>
            <source>On-site registration — {name}</source>
            <translation>현장 등록 — {name}</translation>
        </message>
        <message>
            <source>Registers the job seeker at {desk} on {day}.</source>
            <translation>{desk}에서 {day} 구직등록합니다.</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>성명(&amp;N)</translation>
        </message>
        <message>
            <source>Contact (&amp;P)</source>
            <translation>연락처(&amp;P)</translation>
        </message>
        <message>
            <source>Consent to collection &amp;and use of personal data obtained (consent form {version})</source>
            <translation>개인정보 수집·이용 동의를 받았습니다(&amp;A) (동의서 {version})</translation>
        </message>
        <message>
            <source>Consent to collection and use of personal data is required to register.</source>
            <translation>개인정보 수집·이용에 동의를 받아야 등록할 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>WalkInSessionForm</name>
        <message>
            <source>Record session — {name} ({number})</source>
            <translation>상담 기록 — {name} ({number})</translation>
        </message>
        <message>
            <source>Already registered job seeker</source>
            <translation>이미 등록된 구직자</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>성명</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>연락처</translation>
        </message>
        <message>
            <source>Registration desk</source>
            <translation>등록창구</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>Record the session in this person's existing record. Do not register them again.</source>
            <translation>이 사람의 기존 기록에 상담을 남깁니다. 새로 등록하지 마세요.</translation>
        </message>
        <message>
            <source>This job seeker is registered at {desk}. You cannot see that desk's records (session notes, referrals, placements), but a session held at this desk can be added to this person's existing record (do not register them again).</source>
            <translation>{desk}에 등록된 구직자입니다. 그 창구의 기록(상담 내용·알선·취업)은 볼 수 없지만, 이 창구에서 한 상담은 이 사람의 기존 기록에 남길 수 있습니다 (새로 등록하지 마세요).</translation>
        </message>
    </context>
    <context>
        <name>WorkItemsModel</name>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>상담사</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>기한</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>Job seeker</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>내용</translation>
        </message>
    </context>
    <context>
        <name>_DrillModel</name>
        <message>
            <source>Check date</source>
            <translation>확인일</translation>
        </message>
        <message>
            <source>Job seeker</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>Check result</source>
            <translation>확인 결과</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>순번</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <source>&amp;Save</source>
            <extracomment>The services' field names (ValidationError.problems), shown under these fields.</extracomment>
            <translation>저장(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
    </context>
    <context>
        <name>_RecordWindow</name>
        <message>
            <source>Close (Esc)</source>
            <translation>닫기 (Esc)</translation>
        </message>
    </context>
    <context>
        <name>access</name>
        <message>
            <source>Register and correct records</source>
            <translation>기록 등록·수정</translation>
        </message>
        <message>
            <source>View statistics</source>
            <translation>통계 보기</translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>통계 내보내기</translation>
        </message>
        <message>
            <source>Import workbooks</source>
            <translation>통합문서 가져오기</translation>
        </message>
        <message>
            <source>Manage accounts</source>
            <translation>계정 관리</translation>
        </message>
        <message>
            <source>Back up and restore</source>
            <translation>백업·복원</translation>
        </message>
        <message>
            <source>Review placements, close months, set targets</source>
            <translation>취업 검토·월 마감·목표</translation>
        </message>
        <message>
            <source>The {role} account '{username}' lacks the '{permission}' permission.</source>
            <translation>{role} 계정 '{username}'{username_josa} '{permission}' 권한이 없습니다.</translation>
        </message>
        <message>
            <source>Counselor '{username}' cannot register records at another desk.</source>
            <translation>상담사 '{username}'{username_josa} 다른 창구의 기록을 등록할 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>accounts</name>
        <message>
            <source>The user name or password is incorrect.</source>
            <translation>사용자 이름 또는 비밀번호가 맞지 않습니다.</translation>
        </message>
        <message>
            <source>Must be at least {n} characters.</source>
            <translation>{n}자 이상이어야 합니다.</translation>
        </message>
        <message>
            <source>Must contain both letters and digits.</source>
            <translation>문자와 숫자를 함께 써야 합니다.</translation>
        </message>
        <message>
            <source>'{name}': must be 2 to 40 letters and digits, starting with a letter.</source>
            <translation>'{name}': 영문자로 시작하는 2~40자 영문·숫자여야 합니다.</translation>
        </message>
        <message>
            <source>No such account</source>
            <translation>없는 계정</translation>
        </message>
        <message>
            <source>Disabled account</source>
            <translation>사용 중지된 계정</translation>
        </message>
        <message>
            <source>Locked account</source>
            <translation>잠긴 계정</translation>
        </message>
        <message>
            <source>The account is locked. Try again in {minutes} min.</source>
            <translation>계정이 잠겨 있습니다. {minutes}분 뒤에 다시 시도하세요.</translation>
        </message>
        <message>
            <source>Wrong password (attempt {n})</source>
            <translation>비밀번호 틀림 ({n}회째)</translation>
        </message>
        <message>
            <source>Wrong password (attempt {n}), locked for {minutes} min</source>
            <translation>비밀번호 틀림 ({n}회째), {minutes}분 잠금</translation>
        </message>
        <message>
            <source>The password was wrong {n} times: the account is locked for {minutes} min.</source>
            <translation>비밀번호가 {n}번 틀려 계정을 {minutes}분 동안 잠갔습니다.</translation>
        </message>
        <message>
            <source>The account's rights or desk have changed. Close the program and log in again.</source>
            <translation>계정의 권한이나 창구가 바뀌었습니다. 프로그램을 닫고 다시 로그인하세요.</translation>
        </message>
        <message>
            <source>This session was logged out. Log in again.</source>
            <translation>로그아웃한 세션입니다. 다시 로그인하세요.</translation>
        </message>
        <message>
            <source>There is no account '{name}'.</source>
            <translation>계정 '{name}'{name_josa} 없습니다.</translation>
        </message>
        <message>
            <source>A counselor account needs a desk.</source>
            <translation>상담사 계정에는 창구가 필요합니다.</translation>
        </message>
        <message>
            <source>Log in as an administrator to create an account.</source>
            <translation>계정을 만들려면 관리자로 로그인해야 합니다.</translation>
        </message>
        <message>
            <source>The account '{name}' already exists.</source>
            <translation>'{name}'{name_josa} 이미 있는 계정입니다.</translation>
        </message>
        <message>
            <source>'{name}' is the name of another account. Enter a name that tells them apart.</source>
            <translation>'{name}'{name_josa} 다른 계정이 쓰는 이름입니다. 구별되게 적어 주세요.</translation>
        </message>
        <message>
            <source>{role}, desk {desk}</source>
            <translation>{role}, 창구 {desk}</translation>
        </message>
        <message>
            <source>The last administrator account cannot be disabled.</source>
            <translation>마지막 관리자 계정은 사용 중지할 수 없습니다.</translation>
        </message>
        <message>
            <source>The role of the last administrator account cannot be changed. Create another administrator first.</source>
            <translation>마지막 관리자 계정의 역할은 바꿀 수 없습니다. 먼저 다른 관리자를 만드세요.</translation>
        </message>
        <message>
            <source>(setup)</source>
            <translation>(설치)</translation>
        </message>
    </context>
    <context>
        <name>admin</name>
        <message>
            <source>{n:,} KB</source>
            <translation>{n:,} KB</translation>
        </message>
        <message>
            <source>{n:,.1f} MB</source>
            <translation>{n:,.1f} MB</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>deskapp cannot open its window: there is no display.</source>
            <extracomment>Fonts with Hangul, preferred in this order when the default font has none.</extracomment>
            <translation>deskapp 창을 열 수 없습니다: 화면(디스플레이)이 없습니다.</translation>
        </message>
        <message>
            <source>Run it in a desktop session on a PC with a monitor. On a server without a display, it can run on a virtual screen (Xvfb):</source>
            <translation>모니터가 있는 PC의 데스크톱 세션에서 실행하세요. 화면이 없는 서버에서는 가상 화면(Xvfb)으로 실행할 수 있습니다:</translation>
        </message>
        <message>
            <source>{install}    (Xvfb is missing: install it once)</source>
            <translation>{install}    (Xvfb가 없습니다: 한 번 설치)</translation>
        </message>
        <message>
            <source>For the command-line features, see '{command} --help' (no display needed).</source>
            <translation>명령줄 기능은 '{command} --help'를 보세요 (화면이 필요 없습니다).</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>the following arguments are required: </source>
            <translation>필요한 인자가 없습니다: </translation>
        </message>
        <message>
            <source>unrecognized arguments: </source>
            <translation>알 수 없는 인자입니다: </translation>
        </message>
        <message>
            <source>invalid choice: </source>
            <translation>고를 수 없는 값입니다: </translation>
        </message>
        <message>
            <source>invalid int value: </source>
            <translation>정수가 아닙니다: </translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>값이 하나 필요합니다</translation>
        </message>
        <message>
            <source>choose from</source>
            <translation>다음 중에서 고르세요:</translation>
        </message>
        <message>
            <source>argument </source>
            <translation>인자 </translation>
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <source>Log in</source>
            <extracomment>Minutes without input after which the window locks (configurable in the window). The version of the 개인정보 수집·이용 동의서 form in use. The form field that records the consent at registration. Years the access log is kept at least, and account events.</extracomment>
            <translation>로그인</translation>
        </message>
        <message>
            <source>Failed log-in</source>
            <translation>로그인 실패</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>로그아웃</translation>
        </message>
        <message>
            <source>Screen lock</source>
            <translation>화면 잠금</translation>
        </message>
        <message>
            <source>View</source>
            <translation>열람</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>등록</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>수정</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>무효 처리</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>인쇄</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>가져오기</translation>
        </message>
        <message>
            <source>Destroy (anonymise)</source>
            <translation>파기(익명화)</translation>
        </message>
        <message>
            <source>Account management</source>
            <translation>계정 관리</translation>
        </message>
        <message>
            <source>View access log</source>
            <translation>접속기록 열람</translation>
        </message>
        <message>
            <source>Job seeker list</source>
            <extracomment>Actions the monthly review of downloads lists. What an access-log line is about, by the kinds the services write (``subject_kind``); the kinds of record (``RecordKind``) read as their own labels.</extracomment>
            <translation>구직자 목록</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>통계</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>계정</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>백업</translation>
        </message>
        <message>
            <source>Imported workbook</source>
            <translation>가져온 통합문서</translation>
        </message>
        <message>
            <source>Month close</source>
            <translation>월 마감</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>목표</translation>
        </message>
        <message>
            <source>Occupation classification</source>
            <translation>직업분류</translation>
        </message>
        <message>
            <source>Target group</source>
            <translation>대상 그룹</translation>
        </message>
        <message>
            <source>Access log viewed {period}</source>
            <translation>접속기록 조회 {period}</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <source>Back up a server (PostgreSQL) database on the server (pg_dump). deskapp's backups are for SQLite files.</source>
            <extracomment>The newest copies are always kept, so that a copy taken before an import or a purge survives that day's rotation. A copy taken before a restore is kept this long, whatever else rotation keeps. The remains of a copy not written to for this long belong to a process that died. What a backup or restore of a server database is told.</extracomment>
            <translation>서버(PostgreSQL) 데이터베이스는 서버에서 백업하세요 (pg_dump). deskapp의 백업은 SQLite 파일용입니다.</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <extracomment>How much of the database's identity names its copies.</extracomment>
            <translation>{path}{path_josa} 없습니다.</translation>
        </message>
        <message>
            <source>Not a deskapp database ({error}).</source>
            <translation>deskapp 데이터베이스가 아닙니다 ({error}).</translation>
        </message>
        <message>
            <source>The integrity check failed: {result}</source>
            <translation>무결성 검사에 실패했습니다: {result}</translation>
        </message>
        <message>
            <source>A database this version of deskapp does not know.</source>
            <translation>이 버전의 deskapp이 모르는 데이터베이스입니다.</translation>
        </message>
        <message>
            <source>The database has no identity. Open deskapp again.</source>
            <translation>데이터베이스에 식별자가 없습니다. deskapp을 다시 여세요.</translation>
        </message>
        <message>
            <source>{path} already exists.</source>
            <translation>{path}{path_josa} 이미 있습니다.</translation>
        </message>
        <message>
            <source>The backup copy could not be made ({reason}). Check the free disk space and the write permission of the folder {folder}. The unfinished copy was deleted.</source>
            <translation>백업 사본을 만들지 못했습니다 ({reason}). 디스크 공간과 {folder} 폴더의 쓰기 권한을 확인하세요. 만들다 만 사본은 지웠습니다.</translation>
        </message>
        <message>
            <source>Backup: {path}</source>
            <translation>백업: {path}</translation>
        </message>
        <message>
            <source>{file} is a copy of another database (identity {theirs}, this database {ours}). It was not restored. To use that database, open the file with --db.</source>
            <translation>{file}{file_josa} 다른 데이터베이스의 사본입니다 (식별자 {theirs}, 이 데이터베이스는 {ours}). 복원하지 않았습니다. 그 데이터베이스를 쓰려면 그 파일을 --db로 여세요.</translation>
        </message>
        <message>
            <source>Restore started: {source} (copy before the restore {copy})</source>
            <translation>복원 시작: {source} (복원 전 사본 {copy})</translation>
        </message>
        <message>
            <source>Not restored: {source} — {error}</source>
            <translation>복원하지 않음: {source} — {error}</translation>
        </message>
        <message>
            <source>{chain} {n} lines</source>
            <translation>{chain} {n}줄</translation>
        </message>
        <message>
            <source>Restored: {source} (copy before the restore {copy}; records written after the copy carried over: {kept})</source>
            <translation>복원: {source} (복원 전 사본 {copy}; 사본 뒤에 쓴 기록을 이어 붙임: {kept})</translation>
        </message>
        <message>
            <source>{path} already exists. It was not restored.</source>
            <translation>{path}{path_josa} 이미 있습니다. 복원하지 않았습니다.</translation>
        </message>
        <message>
            <source>The current database's records could not be carried into the copy ({error}).</source>
            <translation>지금 데이터베이스의 기록을 사본에 이어 붙이지 못했습니다 ({error}).</translation>
        </message>
        <message>
            <source>The copy's {chain} (up to sequence {seq}) differs from the current database's {chain}. It was not restored, so that the current records are not lost. Check both databases with 'deskapp check'.</source>
            <translation>사본의 {chain}(순번 {seq}까지)이 지금 데이터베이스의 {chain}과 다릅니다. 지금의 기록을 잃지 않도록 복원하지 않았습니다. 'deskapp check'로 두 데이터베이스를 검사하세요.</translation>
        </message>
    </context>
    <context>
        <name>breakdown</name>
        <message>
            <source>Sex</source>
            <translation>성별</translation>
        </message>
        <message>
            <source>Age group</source>
            <translation>연령대</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>구민 여부</translation>
        </message>
        <message>
            <source>Target group</source>
            <translation>대상 그룹</translation>
        </message>
        <message>
            <source>Dong desk site</source>
            <translation>동 창구 현장</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>상담사</translation>
        </message>
        <message>
            <source>'{value}' is not something to split by (one of {names}).</source>
            <extracomment>The Korean names a user may type for a dimension (``--by 성별``) in either language.</extracomment>
            <translation>'{value}'{value_josa} 나눌 기준이 아닙니다 ({names} 중 하나).</translation>
        </message>
    </context>
    <context>
        <name>browse</name>
        <message>
            <source>Void</source>
            <translation>무효</translation>
        </message>
        <message>
            <source>Closed ({reason})</source>
            <translation>마감({reason})</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>모집중</translation>
        </message>
        <message>
            <source>{numbers} and {n} more</source>
            <extracomment>A seeker's columns a list row shows (masked by ``BrowseService._items``).</extracomment>
            <translation>{numbers} 외 {n}명</translation>
        </message>
        <message>
            <source>Name and part of the phone shown of {n} job seekers of other desks: {shown}</source>
            <translation>다른 창구 구직자 {n}명의 이름·연락처 일부 표시: {shown}</translation>
        </message>
        <message>
            <source>Job seeker {id} was not found.</source>
            <translation>구직자 {id}번을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>{what} (refused: another desk)</source>
            <translation>{what} (거부: 다른 창구)</translation>
        </message>
        <message>
            <source>Job seeker records of another desk cannot be viewed (only the name and part of the phone are shown).</source>
            <translation>다른 창구의 구직자 기록은 볼 수 없습니다 (이름과 연락처 일부만 보입니다).</translation>
        </message>
        <message>
            <source>Job seeker record viewed</source>
            <translation>구직자 기록 열람</translation>
        </message>
        <message>
            <source>Job seeker card printed (reason: {reason})</source>
            <translation>구직표 인쇄 (사유: {reason})</translation>
        </message>
        <message>
            <source>Job seeker card saved as PDF (reason: {reason})</source>
            <translation>구직표 PDF 저장 (사유: {reason})</translation>
        </message>
        <message>
            <source>Session, referral and placement history viewed</source>
            <translation>상담·알선·취업 이력 열람</translation>
        </message>
        <message>
            <source>Next contact: {date}</source>
            <translation>다음 연락: {date}</translation>
        </message>
        <message>
            <source>Session ({method}) {counselor}</source>
            <translation>상담 ({method}) {counselor}</translation>
        </message>
        <message>
            <source>method not recorded</source>
            <translation>방법 미기록</translation>
        </message>
        <message>
            <source>Referral: {employer} · {occupation}</source>
            <translation>알선: {employer} · {occupation}</translation>
        </message>
        <message>
            <source>Result: {result}</source>
            <translation>결과: {result}</translation>
        </message>
        <message>
            <source>undecided</source>
            <translation>미정</translation>
        </message>
        <message>
            <source>Placement ({kind}): {employer}</source>
            <translation>취업 ({kind}): {employer}</translation>
        </message>
        <message>
            <source>Employer {id} was not found.</source>
            <translation>구인업체 {id}번을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>Employer viewed</source>
            <translation>구인업체 열람</translation>
        </message>
        <message>
            <source>Opening {id} was not found.</source>
            <translation>구인 {id}번을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>Opening viewed</source>
            <translation>구인 열람</translation>
        </message>
    </context>
    <context>
        <name>business</name>
        <message>
            <source>Enter the business registration number.</source>
            <translation>사업자등록번호를 입력하세요.</translation>
        </message>
        <message>
            <source>'{value}' contains characters that are not digits.</source>
            <translation>'{value}'에 숫자가 아닌 글자가 있습니다.</translation>
        </message>
        <message>
            <source>'{value}' does not have 10 digits ({count} given).</source>
            <translation>'{value}'{value_josa} 10자리가 아닙니다 ({count}자리).</translation>
        </message>
        <message>
            <source>The check digit (the last digit) of '{value}' is wrong.</source>
            <translation>'{value}'의 검증번호(마지막 자리)가 맞지 않습니다.</translation>
        </message>
    </context>
    <context>
        <name>casework</name>
        <message>
            <source>No contact</source>
            <translation>연락 없음</translation>
        </message>
        <message>
            <source>Awaiting referral outcome</source>
            <translation>알선 결과 대기</translation>
        </message>
        <message>
            <source>Employment retention check</source>
            <translation>고용유지 확인</translation>
        </message>
        <message>
            <source>Post-event follow-up</source>
            <translation>행사 후 사후관리</translation>
        </message>
        <message>
            <source>Job seeker registration</source>
            <translation>구직 등록</translation>
        </message>
        <message>
            <source>Opening registration</source>
            <translation>구인 등록</translation>
        </message>
    </context>
    <context>
        <name>chain</name>
        <message>
            <source>Access log</source>
            <extracomment>The hashed columns of each chained table, in order (after the chain name and place). How each chain is named to a user, in English: :func:`chain_label` gives the name in the language spoken.</extracomment>
            <translation>접속기록</translation>
        </message>
        <message>
            <source>Account history</source>
            <translation>계정 이력</translation>
        </message>
        <message>
            <source>Change history</source>
            <translation>변경 이력</translation>
        </message>
        <message>
            <source>{chain}: {n} more problems</source>
            <extracomment>Problems reported per chain before the rest are only counted.</extracomment>
            <translation>{chain}: 이 밖에 문제 {n}건</translation>
        </message>
        <message>
            <source>{chain}: {n} lines have no chain hash (lines added outside deskapp).</source>
            <translation>{chain} {n}줄에 연쇄 해시가 없습니다 (deskapp 밖에서 넣은 줄입니다).</translation>
        </message>
        <message>
            <source>{chain}: sequence {seq} appears twice (id {id}): a line added or altered.</source>
            <translation>{chain} 순번 {seq}{seq_josa} 두 번 있습니다 (id {id}): 넣거나 고친 줄입니다.</translation>
        </message>
        <message>
            <source>{chain}: the old and new values of line {seq} (id {id}) changed after it was written.</source>
            <translation>{chain} 순번 {seq} (id {id}) 줄의 이전 값·새 값이 기록된 뒤 바뀌었습니다.</translation>
        </message>
        <message>
            <source>{chain}: the check data of the values of line {seq} (id {id}) was erased.</source>
            <translation>{chain} 순번 {seq} (id {id}) 줄의 값 확인용 정보가 지워졌습니다.</translation>
        </message>
        <message>
            <source>{chain}: line {seq} is missing: it was deleted.</source>
            <translation>{chain} 순번 {seq} 줄이 없습니다: 지워졌습니다.</translation>
        </message>
        <message>
            <source>{chain}: the chain hash of line {seq} (id {id}) does not match: the line or the one before it changed after it was written.</source>
            <translation>{chain} 순번 {seq} (id {id}) 줄의 연쇄 해시가 맞지 않습니다: 이 줄이 기록된 뒤 바뀌었거나 앞 줄이 바뀌었습니다.</translation>
        </message>
        <message>
            <source>{chain}: the chain's anchor (log_chain) is missing: it was deleted.</source>
            <translation>{chain} 연쇄의 기준값(log_chain)이 없습니다: 지워졌습니다.</translation>
        </message>
        <message>
            <source>{chain}: the last lines (sequence {seq}) were deleted: the anchor is at sequence {anchor}.</source>
            <translation>{chain} 마지막 줄(순번 {seq})이 지워졌습니다: 기준값은 순번 {anchor}입니다.</translation>
        </message>
        <message>
            <source>{chain}: there are {n} more lines after the anchor (sequence {anchor}): lines added outside deskapp.</source>
            <translation>{chain} 기준값(순번 {anchor}) 뒤에 줄이 {n}개 더 있습니다: deskapp 밖에서 넣은 줄입니다.</translation>
        </message>
        <message>
            <source>{chain}: the last line (sequence {seq}) differs from the anchor: it changed.</source>
            <translation>{chain} 마지막 줄(순번 {seq})이 기준값과 다릅니다: 바뀌었습니다.</translation>
        </message>
        <message>
            <source>{chain}: the old and new values of {n} lines were erased although their job seeker was not anonymized: erased outside the purge.</source>
            <translation>{chain} {n}줄의 이전 값·새 값이 지워졌는데 그 구직자는 익명 처리되지 않았습니다: 파기 기능 밖에서 지운 값입니다.</translation>
        </message>
        <message>
            <source>The trigger that forbids changing or deleting {chain} lines ({trigger}) is missing: it was deleted.</source>
            <extracomment>The triggers as revision 0010 leaves them (a frozen copy): name -&gt; (table, SQL). PostgreSQL: trigger name -&gt; (table, body of its function), as revisions 0002 and 0010 left them.</extracomment>
            <translation>{chain}의 수정·삭제 금지 트리거({trigger})가 없습니다: 지워졌습니다.</translation>
        </message>
        <message>
            <source>The trigger that forbids changing or deleting {chain} lines ({trigger}) has changed.</source>
            <translation>{chain}의 수정·삭제 금지 트리거({trigger})가 바뀌었습니다.</translation>
        </message>
        <message>
            <source>The trigger that forbids changing or deleting {chain} lines ({trigger}) is disabled (DISABLE TRIGGER).</source>
            <translation>{chain}의 수정·삭제 금지 트리거({trigger})가 꺼져 있습니다 (DISABLE TRIGGER).</translation>
        </message>
        <message>
            <source>The function of the trigger that forbids changing or deleting {chain} lines ({trigger}) has changed.</source>
            <translation>{chain}의 수정·삭제 금지 트리거({trigger})의 함수가 바뀌었습니다.</translation>
        </message>
    </context>
    <context>
        <name>check</name>
        <message>
            <source>Integrity: {problem}</source>
            <translation>무결성: {problem}</translation>
        </message>
        <message>
            <source>Referential integrity: {problem}</source>
            <translation>참조 무결성: {problem}</translation>
        </message>
        <message>
            <source>Statistics: {problem}</source>
            <translation>통계: {problem}</translation>
        </message>
        <message>
            <source>Closed months: {problem}</source>
            <translation>마감: {problem}</translation>
        </message>
        <message>
            <source>Record protection: {problem}</source>
            <translation>기록 보호: {problem}</translation>
        </message>
        <message>
            <source>Search index: {problem}</source>
            <translation>검색 색인: {problem}</translation>
        </message>
        <message>
            <source>The check could not be finished: {error}</source>
            <translation>검사를 끝까지 하지 못했습니다: {error}</translation>
        </message>
        <message>
            <source>{table} row {row} points to a missing {parent}.</source>
            <translation>{table} {row}행이 없는 {parent}{parent_josa} 가리킵니다.</translation>
        </message>
        <message>
            <source>{year} {desk} {measure}: summary {fast} ≠ full count of the records {slow}</source>
            <translation>{year}년 {desk} {measure}: 집계 {fast} ≠ 기록 전수 조회 {slow}</translation>
        </message>
        <message>
            <source>{table}: {n} rows differ from the records (the search box may miss or misplace people until the keys are rebuilt)</source>
            <translation>{table}: {n}행이 기록과 다릅니다 (색인을 다시 만들 때까지 검색 상자가 사람을 놓치거나 순서를 잘못 보여 줄 수 있습니다)</translation>
        </message>
        <message>
            <source>{table}: {n} rows differ from the records (the employer and opening lists may miss or misplace records until the keys are rebuilt)</source>
            <translation>{table}: {n}행이 기록과 다릅니다 (색인을 다시 만들 때까지 구인업체·구인 목록이 기록을 놓치거나 순서를 잘못 보여 줄 수 있습니다)</translation>
        </message>
        <message>
            <source>{table} {month} {desk} {what}: summary {fast} ≠ full count of the records {slow}</source>
            <translation>{table} {month} {desk} {what}: 집계 {fast} ≠ 기록 전수 조회 {slow}</translation>
        </message>
        <message>
            <source>{year} {desk} {measure} {dimension} '{value}': summary {fast} ≠ full count of the records {slow}</source>
            <translation>{year}년 {desk} {measure} {dimension} '{value}': 집계 {fast} ≠ 기록 전수 조회 {slow}</translation>
        </message>
        <message>
            <source>{month} {desk} {dimension} '{value}': monthly total {kept} ≠ daily total {summed}</source>
            <translation>{month} {desk} {dimension} '{value}': 월 합계 {kept} ≠ 일별 합계 {summed}</translation>
        </message>
        <message>
            <source>Cannot read the backup {file} ({error}).</source>
            <translation>백업 {file}{file_josa} 읽을 수 없습니다 ({error}).</translation>
        </message>
        <message>
            <source>{chain} line {seq} differs from the one kept in the backup {file}, or is missing: records were changed or deleted after that copy was made.</source>
            <translation>{chain} 순번 {seq} 줄이 백업 {file}에 남은 것과 다르거나 없습니다: 그 사본을 만든 뒤에 기록이 바뀌었거나 지워졌습니다.</translation>
        </message>
        <message>
            <source>{year}-{month} {desk} {measure}: figure at the close {then} ≠ records now {now} (records changed after the close)</source>
            <translation>{year}년 {month}월 {desk} {measure}: 마감 수치 {then} ≠ 지금 기록 {now} (마감 뒤에 기록이 바뀌었습니다)</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>The last check found the database file damaged. Before trusting the figures, check it with 'deskapp check' and restore from a backup</source>
            <translation>마지막 검사에서 데이터베이스 파일이 손상된 것을 찾았습니다. 수치를 믿기 전에 'deskapp check'로 확인하고 백업에서 복원하세요</translation>
        </message>
        <message>
            <source>The check found {n} problems.</source>
            <extracomment>``--kind`` of ``programmes`` meaning every kind of programme (typed in Korean). Kinds of programme, as typed, named in ``programmes --kind``'s help. The records workbook's number columns, as named in the help of ``edit`` and ``history``.</extracomment>
            <translation>검사에서 문제 {n}건을 찾았습니다.</translation>
        </message>
        <message>
            <source>(See '{prog} --help' for how to use it.)</source>
            <translation>('{prog} --help'로 사용법을 볼 수 있습니다.)</translation>
        </message>
        <message>
            <source>Database file path or SQLAlchemy URL (default: DESKAPP_DB, the user's folder)</source>
            <translation>데이터베이스 파일 경로 또는 SQLAlchemy URL (기본: DESKAPP_DB, 사용자 폴더)</translation>
        </message>
        <message>
            <source>Account (password from DESKAPP_PASSWORD or a prompt)</source>
            <translation>계정 (비밀번호는 DESKAPP_PASSWORD 또는 입력 프롬프트)</translation>
        </message>
        <message>
            <source>Counseling, referrals and placements at Geumcheon-gu's job desks. Run without a command to open the window.</source>
            <translation>금천구 일자리 상담창구 상담·알선·취업 관리. 하위 명령 없이 실행하면 창을 엽니다.</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>명령</translation>
        </message>
        <message>
            <source>Create a new database and its administrator account</source>
            <translation>새 데이터베이스와 관리자 계정 만들기</translation>
        </message>
        <message>
            <source>The administrator's account name</source>
            <translation>관리자 계정 이름</translation>
        </message>
        <message>
            <source>The administrator's display name</source>
            <translation>관리자 표시 이름</translation>
        </message>
        <message>
            <source>Create a new database with demo data</source>
            <translation>데모 자료로 새 데이터베이스 만들기</translation>
        </message>
        <message>
            <source>Number of job seekers (default 20,000)</source>
            <translation>구직자 수 (기본 20,000)</translation>
        </message>
        <message>
            <source>Random seed (the same value gives the same data)</source>
            <translation>난수 씨앗 (같은 값이면 같은 자료)</translation>
        </message>
        <message>
            <source>Import a records workbook (.xlsx)</source>
            <translation>기록 통합문서(.xlsx) 가져오기</translation>
        </message>
        <message>
            <source>Save an empty records workbook</source>
            <translation>빈 기록 통합문서 저장</translation>
        </message>
        <message>
            <source>Start date (YYYY-MM-DD)</source>
            <translation>시작일 (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>End date (YYYY-MM-DD)</source>
            <translation>종료일 (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>Job openings, job seekers and placements table</source>
            <translation>구인·구직·취업 실적표</translation>
        </message>
        <message>
            <source>Also save as xlsx in the official layout</source>
            <translation>공식 양식 xlsx로도 저장</translation>
        </message>
        <message>
            <source>Break down by: sex, age group (age), residence in the district (resident), target group (group), dong desk site (site), counselor</source>
            <translation>나누어 보기: 성별(sex), 연령대(age), 구민 여부(resident), 대상 그룹(group), 동 창구 현장(site), 상담사(counselor)</translation>
        </message>
        <message>
            <source>Reason for the export (kept in the access log; counselors must give one)</source>
            <translation>내보내는 사유 (접속기록에 남습니다; 상담사는 꼭 적어야 합니다)</translation>
        </message>
        <message>
            <source>Hiring events (job fairs, Ilgu days) table</source>
            <translation>행사(채용박람회·일구데이) 실적표</translation>
        </message>
        <message>
            <source>Prints the events of the period grouped by event, venue or venue type: events held, employers, openings, participants, interviewed and hired (total first).</source>
            <translation>기간 안의 행사를 행사별, 장소별 또는 장소구분별로 묶어 운영횟수, 참여기업, 모집인원, 참여인원, 면접인원, 채용인원을 출력합니다 (총계가 먼저).</translation>
        </message>
        <message>
            <source>Event type: {kinds}</source>
            <translation>행사 구분: {kinds}</translation>
        </message>
        <message>
            <source>Also save as xlsx in the report's layout</source>
            <translation>보고서 양식 xlsx로도 저장</translation>
        </message>
        <message>
            <source>Employment retention (1, 3 and 6 months)</source>
            <translation>고용유지 현황 (1·3·6개월)</translation>
        </message>
        <message>
            <source>Counts, per desk, whether the people placed in the period are retained, have left, are unconfirmed or not yet due at 1, 3 and 6 months (total first). Counselors see their own desk only and must give a reason (--reason).</source>
            <translation>기간 중 취업한 사람이 1, 3, 6개월에 유지, 이직, 미확인, 도래 전 중 어디에 드는지 창구별로 셉니다 (총계가 먼저). 상담사는 자기 창구만, 사유(--reason)를 적어야 합니다.</translation>
        </message>
        <message>
            <source>Also save the retention sheet as xlsx</source>
            <translation>고용유지 시트 xlsx로도 저장</translation>
        </message>
        <message>
            <source>Monthly desk statistics workbook</source>
            <translation>월별 창구 실적 통합문서</translation>
        </message>
        <message>
            <source>Figures per counselor (monthly and for the year)</source>
            <translation>상담사별 실적 (월별·연간)</translation>
        </message>
        <message>
            <source>Prints, per counselor, registered job seekers, sessions, referrals, people placed and follow-ups (retention checks), per month and for the year. Counselors see their own figures only.</source>
            <translation>상담사별로 구직등록, 상담, 알선, 취업자수(사람 수), 사후관리(고용유지 확인)를 월별과 연간 합계로 출력합니다. 상담사는 자기 실적만 봅니다.</translation>
        </message>
        <message>
            <source>One desk only (team leads and administrators)</source>
            <translation>한 창구만 (팀장·관리자)</translation>
        </message>
        <message>
            <source>Employment support programmes report</source>
            <translation>취업지원 프로그램 운영현황</translation>
        </message>
        <message>
            <source>Year (YYYY)</source>
            <translation>연도 (YYYY)</translation>
        </message>
        <message>
            <source>camp: enrolled, completed, certified and employed per year (default); programmes: each programme's schedule, participants and sessions that year</source>
            <translation>camp: 연도별 교육대상·이수·자격취득·취업 (기본); programmes: 그해 프로그램별 일정·참여자·회수</translation>
        </message>
        <message>
            <source>Only this programme type (e.g. {examples}; camp defaults to {camp}, '{every}' means every type)</source>
            <translation>프로그램 구분만 (예: {examples}; camp는 없으면 {camp}, '{every}'는 모든 구분)</translation>
        </message>
        <message>
            <source>Manage accounts (administrator)</source>
            <translation>계정 관리 (관리자)</translation>
        </message>
        <message>
            <source>ACTION</source>
            <translation>작업</translation>
        </message>
        <message>
            <source>Add an account (password from DESKAPP_NEW_PASSWORD or a prompt)</source>
            <translation>계정 추가 (비밀번호: DESKAPP_NEW_PASSWORD 또는 입력)</translation>
        </message>
        <message>
            <source>The new account's name</source>
            <translation>새 계정 이름</translation>
        </message>
        <message>
            <source>Desk (required for counselors): plus, gvalley, dong, welfare</source>
            <translation>창구 (상담사는 필수): plus, gvalley, dong, welfare</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>표시 이름</translation>
        </message>
        <message>
            <source>List the accounts</source>
            <translation>계정 목록</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>사용 중지</translation>
        </message>
        <message>
            <source>Enable again</source>
            <translation>다시 사용</translation>
        </message>
        <message>
            <source>Reset the password (DESKAPP_NEW_PASSWORD or a prompt)</source>
            <translation>비밀번호 재설정 (DESKAPP_NEW_PASSWORD 또는 입력)</translation>
        </message>
        <message>
            <source>Account name</source>
            <translation>계정 이름</translation>
        </message>
        <message>
            <source>Access log (administrator)</source>
            <translation>접속기록 (관리자)</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>시작일</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>종료일</translation>
        </message>
        <message>
            <source>Anonymize the personal data of long-inactive job seekers (administrator)</source>
            <translation>오래 활동이 없는 구직자 개인정보 익명화 (관리자)</translation>
        </message>
        <message>
            <source>Years without activity (default 5)</source>
            <translation>활동이 없는 햇수 (기본 5)</translation>
        </message>
        <message>
            <source>Back up the database (administrator)</source>
            <translation>데이터베이스 백업 (관리자)</translation>
        </message>
        <message>
            <source>Backup file (default: backups/ beside the database)</source>
            <translation>백업 파일 (기본: 데이터베이스 옆 backups/)</translation>
        </message>
        <message>
            <source>Restore from a backup (administrator)</source>
            <translation>백업에서 복원 (관리자)</translation>
        </message>
        <message>
            <source>Check integrity, references and statistics</source>
            <translation>무결성·참조·통계 검사</translation>
        </message>
        <message>
            <source>Shared mode: grant the desks' and administrator's database roles their rights (with the owner's address)</source>
            <translation>공유 모드: 창구·관리자용 데이터베이스 역할에 권한 주기 (소유자 주소로)</translation>
        </message>
        <message>
            <source>In PostgreSQL shared mode, gives the role the desk PCs use (--app) and the administrator PC's role (--admin-role) only the rights they need and revokes the rest. Give --db the address of the tables' owner account. Running it again gives the same result, and the recorded roles' rights are brought in line whenever the schema is upgraded.</source>
            <translation>PostgreSQL 공유 모드에서 창구 PC들이 쓰는 역할(--app)과 관리자 PC의 역할(--admin-role)에 꼭 필요한 권한만 주고 나머지는 거둡니다. --db에는 표의 소유자 계정 주소를 주세요. 다시 실행해도 같은 결과이고, 스키마를 올릴 때마다 기록된 역할에 권한이 다시 맞춰집니다.</translation>
        </message>
        <message>
            <source>The desks' role (e.g. deskapp_app)</source>
            <translation>창구용 역할 (예: deskapp_app)</translation>
        </message>
        <message>
            <source>The administrator's role (e.g. deskapp_admin; when not given, the one given before)</source>
            <translation>관리자용 역할 (예: deskapp_admin; 주지 않으면 전에 준 역할)</translation>
        </message>
        <message>
            <source>Upgrade the database schema to this version (shared mode: with the owner's address)</source>
            <translation>데이터베이스 스키마를 이 버전으로 올리기 (공유 모드: 소유자 주소로)</translation>
        </message>
        <message>
            <source>Close a month (team lead)</source>
            <translation>월 마감 (팀장)</translation>
        </message>
        <message>
            <source>Close even with unreviewed placements, overdue follow-ups or review flags left</source>
            <translation>미검토 취업·기한 지난 사후관리·점검 신호가 남아 있어도 마감</translation>
        </message>
        <message>
            <source>Reopen a month (team lead)</source>
            <translation>월 마감 해제 (팀장)</translation>
        </message>
        <message>
            <source>Reason for reopening the month</source>
            <translation>마감을 푸는 사유</translation>
        </message>
        <message>
            <source>Set a yearly target (team lead)</source>
            <translation>연간 목표 설정 (팀장)</translation>
        </message>
        <message>
            <source>Desk: plus, gvalley, dong, welfare</source>
            <translation>창구: plus, gvalley, dong, welfare</translation>
        </message>
        <message>
            <source>Review flags (team lead)</source>
            <translation>점검 신호 (팀장)</translation>
        </message>
        <message>
            <source>Correct a record (FIELD=VALUE, with a reason)</source>
            <translation>기록 고치기 (항목=값, 사유와 함께)</translation>
        </message>
        <message>
            <source>Corrects several fields of one record at once. Fields are named as the records workbook's column headings (e.g. {example}), and values are checked exactly as on import. An empty value (FIELD=) clears the field. If any value is wrong, every problem is reported and nothing is changed. An opening's {closing} ({reasons}) closes it, and an empty value reopens it.</source>
            <translation>한 기록의 항목들을 한 번에 고칩니다. 항목 이름은 기록 통합문서의 열 제목과 같고 (예: {example}), 값은 가져오기와 똑같이 검사합니다. 빈 값(항목=)은 그 항목을 지웁니다. 값 하나라도 틀리면 모든 문제를 알리고 아무것도 바꾸지 않습니다. 구인의 {closing}({reasons})는 구인을 마감하고, 빈 값은 다시 엽니다.</translation>
        </message>
        <message>
            <source>Kind of record (session, referral and placement take an id)</source>
            <translation>기록 종류 (session, referral, placement는 번호 대신 id)</translation>
        </message>
        <message>
            <source>{numbers} (or id)</source>
            <translation>{numbers} (또는 id)</translation>
        </message>
        <message>
            <source>Fields and new values</source>
            <translation>바꿀 항목과 값</translation>
        </message>
        <message>
            <source>Reason for the correction (kept in the change history)</source>
            <translation>고치는 사유 (변경 이력에 남습니다)</translation>
        </message>
        <message>
            <source>A record's change history</source>
            <translation>기록의 변경 이력</translation>
        </message>
        <message>
            <source>Prints a record's change history, oldest first (for a job seeker, including corrections to their sessions, referrals and placements).</source>
            <translation>한 기록의 변경 이력을 오래된 것부터 출력합니다 (구직자는 그 사람의 상담·알선·취업 기록을 고친 것까지).</translation>
        </message>
        <message>
            <source>{numbers} (--kind event: {event_number})</source>
            <translation>{numbers} (--kind event: {event_number})</translation>
        </message>
        <message>
            <source>When the same number is in several kinds (an event's history: event)</source>
            <translation>같은 번호가 여러 종류에 있을 때 (행사의 이력은 event)</translation>
        </message>
        <message>
            <source>Target groups (administrator)</source>
            <translation>대상 그룹 목록 (관리자)</translation>
        </message>
        <message>
            <source>List the target groups (disabled ones included)</source>
            <translation>대상 그룹 목록 (사용 중지된 것 포함)</translation>
        </message>
        <message>
            <source>Add a target group</source>
            <translation>대상 그룹 추가</translation>
        </message>
        <message>
            <source>Disable a target group</source>
            <translation>대상 그룹 사용 중지</translation>
        </message>
        <message>
            <source>Group name</source>
            <translation>그룹 이름</translation>
        </message>
        <message>
            <source>Load or search the occupation classification (KECO)</source>
            <translation>직업분류(KECO) 불러오기·찾기</translation>
        </message>
        <message>
            <source>Replaces the occupation classification with a new official one (administrator) or searches its detailed occupations.</source>
            <translation>직업분류를 새 공식 분류로 바꾸거나(관리자) 세분류 직업을 찾습니다.</translation>
        </message>
        <message>
            <source>Load an occupation classification CSV file (administrator)</source>
            <translation>직업분류 CSV 파일 불러오기 (관리자)</translation>
        </message>
        <message>
            <source>Replaces the whole occupation classification with that of a CSV file (UTF-8, first line code,name,level,parent_code) and gives a code to the job seekers' and openings' records that have none. If the file has problems, reports their lines and changes nothing.</source>
            <translation>직업분류 전체를 CSV 파일(UTF-8, 첫 줄 code,name,level,parent_code)의 것으로 바꾸고, 직업 코드가 없는 구직자·구인 기록에 코드를 붙입니다. 파일에 문제가 있으면 그 줄을 알리고 아무것도 바꾸지 않습니다.</translation>
        </message>
        <message>
            <source>Search detailed occupations (part of a name or the start of a code)</source>
            <translation>세분류 직업 찾기 (이름의 일부나 코드의 앞자리)</translation>
        </message>
        <message>
            <source>Prints the detailed occupations whose name contains TEXT or whose code starts with TEXT, one a line as 'code&lt;tab&gt;name'.</source>
            <translation>이름에 TEXT가 들어가거나 코드가 TEXT로 시작하는 세분류 직업을 '코드&lt;탭&gt;이름'으로 한 줄에 하나씩 출력합니다.</translation>
        </message>
        <message>
            <source>Part of an occupation's name or the start of its code</source>
            <translation>직업 이름의 일부 또는 코드의 앞자리</translation>
        </message>
        <message>
            <source>At most this many (default 30)</source>
            <translation>최대 개수 (기본 30)</translation>
        </message>
        <message>
            <source>Cannot read a password here. Give it in the {env} environment variable.</source>
            <translation>비밀번호를 입력받을 수 없습니다. {env} 환경 변수로 주세요.</translation>
        </message>
        <message>
            <source>Password: </source>
            <translation>비밀번호: </translation>
        </message>
        <message>
            <source>Confirm password: </source>
            <translation>비밀번호 확인: </translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>두 비밀번호가 다릅니다.</translation>
        </message>
        <message>
            <source>Password for {user}: </source>
            <translation>{user} 비밀번호: </translation>
        </message>
        <message>
            <source>deskapp: warning: {note} ({damage})</source>
            <translation>deskapp: 주의: {note} ({damage})</translation>
        </message>
        <message>
            <source>Period: {period}</source>
            <translation>기간: {period}</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>구 분</translation>
        </message>
        <message>
            <source>Administrator's password: </source>
            <translation>관리자 비밀번호: </translation>
        </message>
        <message>
            <source>Created a new database: {location}</source>
            <translation>새 데이터베이스를 만들었습니다: {location}</translation>
        </message>
        <message>
            <source>Administrator account: {name}</source>
            <translation>관리자 계정: {name}</translation>
        </message>
        <message>
            <source>--seekers must be from 1 to {most:,}.</source>
            <translation>--seekers는 1 이상 {most:,} 이하여야 합니다.</translation>
        </message>
        <message>
            <source>Password for the demo accounts: </source>
            <translation>데모 계정 비밀번호: </translation>
        </message>
        <message>
            <source>Created a demo database: {location}</source>
            <translation>데모 데이터베이스를 만들었습니다: {location}</translation>
        </message>
        <message>
            <source>Accounts (the password is the one you typed):</source>
            <translation>계정 (비밀번호는 입력한 것과 같습니다):</translation>
        </message>
        <message>
            <source>Records: {counts}</source>
            <translation>기록: {counts}</translation>
        </message>
        <message>
            <source>Imported: {file} ({rows:,} rows)</source>
            <translation>가져왔습니다: {file} ({rows:,}행)</translation>
        </message>
        <message>
            <source>Masked {n} numbers that looked like resident registration numbers.</source>
            <translation>주민등록번호로 보이는 숫자 {n}건을 가려서 저장했습니다.</translation>
        </message>
        <message>
            <source>Job seekers who may be the same person (please check):</source>
            <translation>같은 사람일 수 있는 구직자 (확인하세요):</translation>
        </message>
        <message>
            <source>Saved an empty records workbook: {path}</source>
            <translation>빈 기록 통합문서를 저장했습니다: {path}</translation>
        </message>
        <message>
            <source>Command-line statistics</source>
            <translation>명령줄 통계</translation>
        </message>
        <message>
            <source>Command-line event figures</source>
            <translation>명령줄 행사 실적</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>취업자</translation>
        </message>
        <message>
            <source>Period: {period} (checked as of {today}, in people)</source>
            <translation>기간: {period} (확인 기준일 {today}, 단위: 명)</translation>
        </message>
        <message>
            <source>--year {year}: give a year from 1990 to 2100.</source>
            <translation>--year {year}: 1990~2100 사이의 연도를 주세요.</translation>
        </message>
        <message>
            <source>Command-line monthly statistics</source>
            <translation>명령줄 월별 통계</translation>
        </message>
        <message>
            <source>Saved the monthly statistics workbook: {path}</source>
            <translation>월별 실적 통합문서를 저장했습니다: {path}</translation>
        </message>
        <message>
            <source>Command-line programmes report</source>
            <translation>명령줄 프로그램 운영현황</translation>
        </message>
        <message>
            <source>Employment support programme outcomes ({kind})</source>
            <translation>취업지원 프로그램 성과 ({kind})</translation>
        </message>
        <message>
            <source>Employment support programme outcomes</source>
            <translation>취업지원 프로그램 성과</translation>
        </message>
        <message>
            <source>Cannot read a new password here. Give it in {env}.</source>
            <translation>새 비밀번호를 입력받을 수 없습니다. {env}로 주세요.</translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>새 비밀번호: </translation>
        </message>
        <message>
            <source>Confirm new password: </source>
            <translation>새 비밀번호 확인: </translation>
        </message>
        <message>
            <source>Created the account: {name} ({role})</source>
            <translation>계정을 만들었습니다: {name} ({role})</translation>
        </message>
        <message>
            <source>Account	Name	Role	Desk	State</source>
            <translation>계정	이름	역할	창구	상태</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>사용</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>중지</translation>
        </message>
        <message>
            <source>{state} (locked until {time} UTC)</source>
            <translation>{state} (잠김 {time} UTC까지)</translation>
        </message>
        <message>
            <source>{name}: enabled again</source>
            <translation>{name}: 다시 사용</translation>
        </message>
        <message>
            <source>{name}: disabled</source>
            <translation>{name}: 사용 중지</translation>
        </message>
        <message>
            <source>{name}: password changed.</source>
            <translation>{name}: 비밀번호를 바꿨습니다.</translation>
        </message>
        <message>
            <source>Anonymized the personal data of {n:,} job seekers inactive since before {day}.</source>
            <translation>{day} 이전부터 활동이 없는 구직자 {n:,}명의 개인정보를 익명화했습니다.</translation>
        </message>
        <message>
            <source>Masked {n:,} numbers in stored text that looked like resident registration numbers.</source>
            <translation>저장된 글에서 주민등록번호로 보이는 숫자 {n:,}건을 가렸습니다.</translation>
        </message>
        <message>
            <source>Backup made before anonymizing: {path}</source>
            <translation>익명화 전 백업: {path}</translation>
        </message>
        <message>
            <source>Backed up: {path}</source>
            <translation>백업했습니다: {path}</translation>
        </message>
        <message>
            <source>Restored from {file}. The database before the restore: {saved}</source>
            <translation>{file}에서 복원했습니다. 복원 전 데이터베이스: {saved}</translation>
        </message>
        <message>
            <source>{first}–{last}</source>
            <translation>{first}~{last}년</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>자료 없음</translation>
        </message>
        <message>
            <source>No problems: integrity, referential integrity, statistics ({years}) and record protection all agree.</source>
            <translation>이상 없음: 무결성, 참조 무결성, 통계({years}), 기록 보호 모두 맞습니다.</translation>
        </message>
        <message>
            <source>Desks' role {role}: granted only the rights needed on {tables} tables and {sequences} sequences.</source>
            <translation>창구용 역할 {role}: 표 {tables}개와 번호 순서 {sequences}개에 필요한 권한만 주었습니다.</translation>
        </message>
        <message>
            <source>Administrator's role {role}: granted only the rights needed on {tables} tables and {sequences} sequences.</source>
            <translation>관리자용 역할 {role}: 표 {tables}개와 번호 순서 {sequences}개에 필요한 권한만 주었습니다.</translation>
        </message>
        <message>
            <source>Revoked every right of the role recorded before, {role}.</source>
            <translation>전에 기록된 역할 {role}의 권한을 모두 거두었습니다.</translation>
        </message>
        <message>
            <source>Upgraded the schema from {before} to {after}.</source>
            <translation>스키마를 {before}에서 {after}{after_josa} 올렸습니다.</translation>
        </message>
        <message>
            <source>The schema is already the latest ({after}).</source>
            <translation>스키마가 이미 최신({after})입니다.</translation>
        </message>
        <message>
            <source>--year {year} --month {month}: give a valid year and a month from 1 to 12.</source>
            <translation>{year}년 {month}월: 올바른 연도와 월(1~12)을 주세요.</translation>
        </message>
        <message>
            <source>{title}: {n:,} ({desks})</source>
            <translation>{title} {n:,}건 ({desks})</translation>
        </message>
        <message>
            <source>{title}: {n:,}</source>
            <translation>{title} {n:,}건</translation>
        </message>
        <message>
            <source>deskapp: {month}/{year} has {n:,} unfinished items, so it was not closed. To close it anyway, add --force.</source>
            <translation>deskapp: {year}년 {month}월에 끝나지 않은 일이 {n:,}건 있어 마감하지 않았습니다. 그래도 마감하려면 --force를 붙이세요.</translation>
        </message>
        <message>
            <source>Nothing is unfinished in {month}/{year}.</source>
            <translation>{year}년 {month}월에 끝나지 않은 일은 없습니다.</translation>
        </message>
        <message>
            <source>Unfinished in {month}/{year}: {n:,} (closed with --force):</source>
            <translation>{year}년 {month}월에 끝나지 않은 일 {n:,}건 (--force로 마감):</translation>
        </message>
        <message>
            <source>Closed {month}/{year}. The figures kept:</source>
            <translation>{year}년 {month}월을 마감했습니다. 고정된 실적:</translation>
        </message>
        <message>
            <source>Reopened {month}/{year} (reason: {reason}).</source>
            <translation>{year}년 {month}월 마감을 풀었습니다 (사유: {reason}).</translation>
        </message>
        <message>
            <source>{year} {desk} {measure} target {target:,}: now {achieved:,} ({rate} achieved)</source>
            <translation>{year}년 {desk} {measure} 목표 {target:,}: 현재 {achieved:,} (달성률 {rate})</translation>
        </message>
        <message>
            <source>Flag	Desk	Entered by	Record	Date	Detail</source>
            <translation>신호	창구	입력한 계정	기록	날짜	내용</translation>
        </message>
        <message>
            <source>{n:,} in all</source>
            <translation>모두 {n:,}건</translation>
        </message>
        <message>
            <source>Give an occupation's name or code to search for.</source>
            <translation>찾을 직업 이름이나 코드를 주세요.</translation>
        </message>
        <message>
            <source>--limit must be at least 1.</source>
            <translation>--limit은 1 이상이어야 합니다.</translation>
        </message>
        <message>
            <source>Loaded {n:,} entries of the occupation classification ({file}).</source>
            <translation>직업분류 {n:,}개 항목을 불러왔습니다 ({file}).</translation>
        </message>
        <message>
            <source>Gave a code to {n:,} job seeker and opening records that had no occupation code.</source>
            <translation>직업 코드가 없던 구직자·구인 기록 {n:,}건에 코드를 붙였습니다.</translation>
        </message>
        <message>
            <source>Write it as 'FIELD=VALUE' (e.g. {example}).</source>
            <extracomment>A correction as typed: a records workbook's column heading and a value.</extracomment>
            <translation>'항목=값'으로 적으세요 (예: {example}).</translation>
        </message>
        <message>
            <source>The same field is given twice.</source>
            <translation>같은 항목을 두 번 적었습니다.</translation>
        </message>
        <message>
            <source>FIELD</source>
            <translation>항목</translation>
        </message>
        <message>
            <source>Give the fields to change (FIELD=VALUE).</source>
            <translation>바꿀 항목을 적으세요 (항목=값).</translation>
        </message>
        <message>
            <source>Give the reason for the correction.</source>
            <translation>고치는 사유를 적으세요.</translation>
        </message>
        <message>
            <source>{kind} {number}: nothing changed (the values are already so).</source>
            <translation>{kind} {number}: 바뀐 항목이 없습니다 (이미 그 값입니다).</translation>
        </message>
        <message>
            <source>Corrected {kind} {number} (reason: {reason}).</source>
            <translation>{kind} {number}{number_josa} 고쳤습니다 (사유: {reason}).</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>  Warning: {warning}</source>
            <translation>  주의: {warning}</translation>
        </message>
        <message>
            <source>Added the target group '{name}'.</source>
            <translation>대상 그룹 '{name}'{name_josa} 더했습니다.</translation>
        </message>
        <message>
            <source>The target group '{name}' is no longer used.</source>
            <translation>대상 그룹 '{name}'{name_josa} 더는 쓰지 않습니다.</translation>
        </message>
        <message>
            <source>{name}	{state}	{n:,} people</source>
            <translation>{name}	{state}	{n:,}명</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>사용 중지</translation>
        </message>
        <message>
            <source>M{month}</source>
            <translation>{month}월</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>상담사</translation>
        </message>
        <message>
            <source>Desks</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Year total</source>
            <translation>합계</translation>
        </message>
        <message>
            <source>Figures per counselor, {year} (the year's people placed count each person once)</source>
            <translation>{year}년 상담사별 실적 (취업자수의 합계는 한 해의 사람 수)</translation>
        </message>
        <message>
            <source>deskapp: interrupted.</source>
            <translation>deskapp: 중단했습니다.</translation>
        </message>
        <message>
            <source>deskapp: an unexpected error occurred ({error}). Details: {log}</source>
            <translation>deskapp: 예상하지 못한 오류가 났습니다 ({error}). 자세한 내용: {log}</translation>
        </message>
        <message>
            <source>deskapp: an unexpected error occurred ({error}).</source>
            <translation>deskapp: 예상하지 못한 오류가 났습니다 ({error}).</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <source>'{value}' is not a year and month (e.g. 2015-03).</source>
            <translation>'{value}'{value_josa} 연월이 아닙니다 (예: 2015-03).</translation>
        </message>
        <message>
            <source>Career {number}: write it as 'employer, job, 2015-03~2017-12'.</source>
            <translation>{number}번째 경력: '업체, 직무, 2015-03~2017-12'처럼 적으세요.</translation>
        </message>
        <message>
            <source>Career {number}: the month it ended is before the month it started.</source>
            <translation>{number}번째 경력: 끝난 달이 시작한 달보다 빠릅니다.</translation>
        </message>
        <message>
            <source>Career {number}: the month it started is in the future.</source>
            <translation>{number}번째 경력: 시작한 달이 미래입니다.</translation>
        </message>
        <message>
            <source>At most 30 careers can be written.</source>
            <translation>경력은 30개까지 적을 수 있습니다.</translation>
        </message>
        <message>
            <source>'{value}…' is too long.</source>
            <translation>'{value}…'{value_josa} 너무 깁니다.</translation>
        </message>
        <message>
            <source>'{value}' is not yes or no.</source>
            <translation>'{value}'{value_josa} 예 또는 아니오가 아닙니다.</translation>
        </message>
        <message>
            <source>'{value}': write the code as text (a number cell drops leading zeros).</source>
            <translation>'{value}': 코드는 텍스트로 적으세요 (숫자 칸에서는 앞자리 0이 사라집니다).</translation>
        </message>
        <message>
            <source>'{value}' is not an occupation code (1 to 4 digits, or WorkNet's 6 digits).</source>
            <translation>'{value}'{value_josa} 직업분류 코드가 아닙니다 (숫자 1~4자리, 워크넷 6자리).</translation>
        </message>
        <message>
            <source>Write the fields to change (field=value).</source>
            <extracomment>Every field of free text is masked for resident numbers (``free=True``): names hold no digits and identifiers that look like one are refused, so nothing else can hold one. The fields of each kind of record, by the kind. Fields corrected but not registered through the workbook: an opening's close (마감사유; empty reopens it) and the account that looks after an employer. What names a record, or ties it to another, and is never corrected: merge or void instead.</extracomment>
            <translation>바꿀 항목을 적으세요 (항목=값).</translation>
        </message>
        <message>
            <source>'{field}' cannot be changed (merge if it is the same person, void a record made by mistake).</source>
            <translation>'{field}'{field_josa} 바꿀 수 없습니다 (같은 사람이면 병합, 잘못 만든 기록은 무효).</translation>
        </message>
        <message>
            <source>'{field}' is not a field of {kind} ({names}).</source>
            <translation>'{field}'{field_josa} {kind}에 없는 항목입니다 ({names}).</translation>
        </message>
        <message>
            <source>{field} cannot be left empty.</source>
            <translation>{field}{field_josa} 비울 수 없습니다.</translation>
        </message>
        <message>
            <source>The closing date is before the registration date.</source>
            <extracomment>The field names of each command class built so far.</extracomment>
            <translation>마감일이 등록일보다 빠릅니다.</translation>
        </message>
        <message>
            <source>Cannot be before the session date.</source>
            <translation>상담일보다 빠를 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>corrections</name>
        <message>
            <source>{kind} '{key}' was not found.</source>
            <extracomment>The date column each counted record is counted on. Attributes stored as they are (enums by their value).</extracomment>
            <translation>{kind} '{key}'{key_josa} 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>Counselor '{user}' cannot correct a {kind} record of another desk. Ask a counselor of that desk or the team leader.</source>
            <translation>상담사 '{user}'{user_josa} 다른 창구의 {kind} 기록을 고칠 수 없습니다. 그 창구의 상담사나 팀장에게 요청하세요.</translation>
        </message>
        <message>
            <source>{kind} records of another desk cannot be viewed.</source>
            <translation>다른 창구의 {kind} 기록은 볼 수 없습니다.</translation>
        </message>
        <message>
            <source>{kind} {number} opened to correct</source>
            <translation>{kind} {number} 수정하려고 열람</translation>
        </message>
        <message>
            <source>A voided {kind} record cannot be corrected.</source>
            <translation>무효 처리된 {kind} 기록은 고칠 수 없습니다.</translation>
        </message>
        <message>
            <source>{kind} {number} corrected: {names} (reason: {reason})</source>
            <translation>{kind} {number} 수정: {names} (사유: {reason})</translation>
        </message>
        <message>
            <source>The closing date is before the registration date.</source>
            <translation>마감일이 등록일보다 빠릅니다.</translation>
        </message>
        <message>
            <source>Cannot be later than this opening's referral ({date}).</source>
            <translation>이 구인의 알선({date})보다 늦을 수 없습니다.</translation>
        </message>
        <message>
            <source>Cannot be before the session date.</source>
            <translation>상담일보다 빠를 수 없습니다.</translation>
        </message>
        <message>
            <source>Cannot be before the opening's registration date.</source>
            <translation>구인 등록일보다 빠를 수 없습니다.</translation>
        </message>
        <message>
            <source>Cannot be later than the placement of this referral ({date}).</source>
            <translation>이 알선으로 한 취업({date})보다 늦을 수 없습니다.</translation>
        </message>
        <message>
            <source>Cannot be before the referral date.</source>
            <translation>알선일보다 빠를 수 없습니다.</translation>
        </message>
        <message>
            <source>There is no account '{user}'.</source>
            <translation>'{user}' 계정이 없습니다.</translation>
        </message>
        <message>
            <source>Result recorded</source>
            <translation>결과 기록</translation>
        </message>
        <message>
            <source>Closed: {reason}</source>
            <translation>마감: {reason}</translation>
        </message>
        <message>
            <source>{hired} hired / {wanted} wanted</source>
            <translation>채용 {hired}명 / 모집 {wanted}명</translation>
        </message>
        <message>
            <source>Closing date {date} passed</source>
            <translation>마감일 {date} 지남</translation>
        </message>
        <message>
            <source>Choose the job seekers whose counselor is to change.</source>
            <translation>담당상담사를 바꿀 구직자를 고르세요.</translation>
        </message>
        <message>
            <source>Job seeker {id} was not found.</source>
            <translation>구직자 {id}번을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>Counselor changed: {n} → {user} (reason: {reason})</source>
            <translation>담당상담사 변경: {n}명 → {user} (사유: {reason})</translation>
        </message>
        <message>
            <source>Change history viewed</source>
            <translation>변경 이력 열람</translation>
        </message>
        <message>
            <source>Change history viewed (refused: another desk)</source>
            <translation>변경 이력 열람 (거부: 다른 창구)</translation>
        </message>
        <message>
            <source>No job seeker, employer or opening is '{key}'.</source>
            <translation>'{key}'인 구직자·구인업체·구인이 없습니다.</translation>
        </message>
        <message>
            <source>'{key}' is the number of several records ({kinds}). Give the kind as well.</source>
            <translation>'{key}'{key_josa} 여러 기록({kinds})의 번호입니다. 종류를 함께 적으세요.</translation>
        </message>
    </context>
    <context>
        <name>database</name>
        <message>
            <source>The account '{name}' has been disabled or its rights have changed. Log in again.</source>
            <extracomment>A writing unit waits for another writer in slices this long (ms), telling its thread's wait listener after each, and gives up after BUSY_WAIT seconds in all. Told how long (seconds) a writing unit has waited for another writer; returns whether to go on waiting. How stale a session's last activity may get before a writing unit notes it again. The window tells the services of the user's activity once a minute and locks itself after its idle minutes; the services refuse the session this much later at the latest.</extracomment>
            <translation>계정 '{name}'{name_josa} 사용 중지되었거나 권한이 바뀌었습니다. 다시 로그인하세요.</translation>
        </message>
        <message>
            <source>This session was logged out. Log in again.</source>
            <translation>로그아웃한 세션입니다. 다시 로그인하세요.</translation>
        </message>
        <message>
            <source>Locked after more than {minutes} minutes unused. Enter your password again.</source>
            <translation>{minutes}분 넘게 쓰지 않아 잠겼습니다. 비밀번호를 다시 넣으세요.</translation>
        </message>
        <message>
            <source>The database file {path} has gone or been replaced by another file. What you just did was not saved. Close the program and open it again (if the file is gone, it can be restored from a backup at start).</source>
            <extracomment>What the user is told when the database file is gone or replaced while in use.</extracomment>
            <translation>데이터베이스 파일 {path}{path_josa} 없어졌거나 다른 파일로 바뀌었습니다. 방금 한 작업은 저장하지 않았습니다. 프로그램을 닫았다가 다시 여세요 (파일이 없으면 시작할 때 백업에서 복원할 수 있습니다).</translation>
        </message>
        <message>
            <source>The database file is damaged. Check it with 'deskapp check', and have an administrator restore it from a backup (Admin › Backup and restore, or deskapp restore).</source>
            <extracomment>What the user is told when SQLite finds the file damaged.</extracomment>
            <translation>데이터베이스 파일이 손상되었습니다. 'deskapp check'로 확인하고, 관리자가 백업에서 복원하세요 (관리 › 백업·복원, 또는 deskapp restore).</translation>
        </message>
        <message>
            <source>The database reported an error while saving, so nothing was saved: everything is as it was before. Try again; if it happens again, tell the administrator.</source>
            <extracomment>What the user is told when the database fails in the middle of a unit of work (an I/O error, a lost connection, a server shutting down, a deadlock): the unit was rolled back.</extracomment>
            <translation>저장하는 중에 데이터베이스가 오류를 알려 와서 아무것도 저장되지 않았습니다. 모든 것이 전과 같습니다. 다시 해 보고, 또 그러면 관리자에게 알리세요.</translation>
        </message>
        <message>
            <source>The database reported an error while reading. Nothing was changed. Try again; if it happens again, tell the administrator.</source>
            <translation>읽는 중에 데이터베이스가 오류를 알려 왔습니다. 바뀐 것은 없습니다. 다시 해 보고, 또 그러면 관리자에게 알리세요.</translation>
        </message>
        <message>
            <source>There is no database file {path}. Create it first with 'deskapp init'.</source>
            <extracomment>Shared mode: the database role connected as, and whether it may manage accounts (deskapp/store/grants.py); read when the database is opened. The SQLite file's identity (device, inode) once seen: a unit of work refuses to run when the file is gone or was replaced by another while the program ran.</extracomment>
            <translation>데이터베이스 파일 {path}{path_josa} 없습니다. 먼저 'deskapp init'으로 만드세요.</translation>
        </message>
        <message>
            <source>The database file {path} already exists.</source>
            <translation>데이터베이스 파일 {path}{path_josa} 이미 있습니다.</translation>
        </message>
        <message>
            <source>This database already holds data.</source>
            <translation>이 데이터베이스에는 이미 자료가 있습니다.</translation>
        </message>
        <message>
            <source>The database is empty. Create it first with 'deskapp init'.</source>
            <translation>빈 데이터베이스입니다. 먼저 'deskapp init'으로 만드세요.</translation>
        </message>
        <message>
            <source>The database is of an older version (schema {revision}). A check runs without logging in, so it was not upgraded. Upgrade it first by logging in to the deskapp window or a command (a copy is made before the upgrade).</source>
            <translation>데이터베이스가 예전 버전(스키마 {revision})입니다. 검사는 로그인 없이 하므로 올리지 않았습니다. 먼저 deskapp 창이나 명령에 로그인해 올리세요 (올리기 전에 사본을 만듭니다).</translation>
        </message>
        <message>
            <source>The database is of an older version (schema {revision}). A check runs without logging in, so it was not upgraded. Have an administrator upgrade it by running 'deskapp upgrade --db OWNER_ADDRESS' as the owner account.</source>
            <translation>데이터베이스가 예전 버전(스키마 {revision})입니다. 검사는 로그인 없이 하므로 올리지 않았습니다. 관리자가 소유자 계정으로 'deskapp upgrade --db 소유자주소'를 실행해 올리세요.</translation>
        </message>
        <message>
            <source>Cannot open the database: {error}</source>
            <translation>데이터베이스를 열 수 없습니다: {error}</translation>
        </message>
        <message>
            <source>The disk is full, so nothing was saved. Nothing has changed. Free some space and try again.</source>
            <translation>디스크가 가득 차서 저장하지 못했습니다. 아무것도 바뀌지 않았습니다. 공간을 비운 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <source>Stopped waiting for another user to finish saving. What you typed is still there: save again in a moment.</source>
            <translation>다른 사용자가 저장을 마치기를 기다리다 그만두었습니다. 입력한 내용은 그대로 있으니 잠시 뒤에 다시 저장하세요.</translation>
        </message>
        <message>
            <source>Another user has been using the database for a long time, so nothing was saved. Try again in a moment.</source>
            <translation>다른 사용자가 데이터베이스를 오래 쓰고 있어 저장하지 못했습니다. 잠시 뒤에 다시 시도하세요.</translation>
        </message>
        <message>
            <source>Cannot read the database address '{address}'.</source>
            <extracomment>PostgreSQL: the transaction-level advisory lock every writing unit takes first, so that appends to the hash-chained logs are serialised (deskapp/store/chain.py). Owner-only modes for what holds personal data (the database, its WAL, backups, logs).</extracomment>
            <translation>데이터베이스 주소 '{address}'{address_josa} 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>The database driver '{driver}' is not installed.</source>
            <extracomment>Execution option that makes a transaction take SQLite's write lock at BEGIN. Execution option: how long (ms) BEGIN waits for another writer before it gives up.</extracomment>
            <translation>데이터베이스 드라이버 '{driver}'{driver_josa} 설치되어 있지 않습니다.</translation>
        </message>
        <message>
            <source>This file is not a deskapp database (it has tables deskapp does not know).</source>
            <extracomment>The end of the name of a copy being written (``.NAME.PID.partial``).</extracomment>
            <translation>이 파일은 deskapp 데이터베이스가 아닙니다 (알 수 없는 표가 있습니다).</translation>
        </message>
        <message>
            <source>This database was made by a newer version of deskapp (schema {revision}). Update deskapp to the new version. The database was not changed.</source>
            <translation>이 데이터베이스는 더 새로운 버전의 deskapp으로 만들어졌습니다 (스키마 {revision}). deskapp을 새 버전으로 업데이트하세요. 데이터베이스는 바꾸지 않았습니다.</translation>
        </message>
    </context>
    <context>
        <name>dates</name>
        <message>
            <source>'{value}' is not a real date.</source>
            <extracomment>The spellings of a date, as the records workbook's instructions name them. The years a reporting period typed by a user may reach.</extracomment>
            <translation>'{value}'{value_josa} 없는 날짜입니다.</translation>
        </message>
        <message>
            <source>Enter a date.</source>
            <translation>날짜를 입력하세요.</translation>
        </message>
        <message>
            <source>'{value}' is not a date (YYYY-MM-DD, YYYY.MM.DD, YYYY.MM.DD. or YYYYMMDD).</source>
            <translation>'{value}'{value_josa} 날짜가 아닙니다 (YYYY-MM-DD, YYYY.MM.DD, YYYY.MM.DD. 또는 YYYYMMDD).</translation>
        </message>
        <message>
            <source>'{value}' is not in a date format (YYYY-MM-DD, YYYY.MM.DD, YYYY.MM.DD. or YYYYMMDD).</source>
            <translation>'{value}'{value_josa} 날짜 형식이 아닙니다 (YYYY-MM-DD, YYYY.MM.DD, YYYY.MM.DD. 또는 YYYYMMDD).</translation>
        </message>
        <message>
            <source>The start date {start} is after the end date {end}.</source>
            <translation>시작일 {start}{start_josa} 종료일 {end}보다 늦습니다.</translation>
        </message>
        <message>
            <source>{date}: give a date between the years {first} and {last}.</source>
            <translation>{date}: {first}년부터 {last}년 사이의 날짜를 주세요.</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <source>Give a number from 1 to {max:,}.</source>
            <extracomment>The last day of demo data: fixed, so that the same size and seed give the same data on any day. Job seekers registered in one district-year (5,301 in the ten months of the 2018 table). The district's table as of 2018-10-30 (ARCHITECTURE.md), each measure by desk in table order. Each desk's staff; the first of each desk gets the desk's demo account. The tables whose rows the demo writes with ids of its own. The tables the demo fills in bulk (their triggers and secondary indexes set aside).</extracomment>
            <translation>1 이상 {max:,} 이하여야 합니다.</translation>
        </message>
    </context>
    <context>
        <name>desks</name>
        <message>
            <source>'{code}' is not a known desk.</source>
            <extracomment>The desks in the order of the official table's rows.</extracomment>
            <translation>'{code}'{code_josa} 알 수 없는 창구입니다.</translation>
        </message>
        <message>
            <source>Enter the desk.</source>
            <translation>창구를 입력하세요.</translation>
        </message>
        <message>
            <source>'{raw}' is not a known desk (one of {names}).</source>
            <translation>'{raw}'{raw_josa} 알 수 없는 창구입니다 ({names} 중 하나).</translation>
        </message>
    </context>
    <context>
        <name>drill_down</name>
        <message>
            <source>Another desk's statistics details (personal records) cannot be viewed.</source>
            <translation>다른 창구의 통계 상세(개인 기록)는 볼 수 없습니다.</translation>
        </message>
        <message>
            <source>Another counselor's performance details cannot be viewed.</source>
            <translation>다른 상담사의 실적 상세는 볼 수 없습니다.</translation>
        </message>
        <message>
            <source>'{measure}' is not a measure that can be broken down.</source>
            <translation>'{measure}'{measure_josa} 나누어 볼 수 없는 지표입니다.</translation>
        </message>
        <message>
            <source>{number} · hiring {count}</source>
            <translation>{number} · {count}명</translation>
        </message>
        <message>
            <source>{count} placements</source>
            <translation>취업 {count}건</translation>
        </message>
        <message>
            <source>'{measure}' is not a measure.</source>
            <translation>'{measure}'{measure_josa} 지표가 아닙니다.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>An unexpected error occurred ({kind}).</source>
            <translation>예기치 않은 오류가 발생했습니다 ({kind}).</translation>
        </message>
        <message>
            <source>Details were written to the log file: {path}</source>
            <translation>자세한 내용은 로그 파일에 기록했습니다: {path}</translation>
        </message>
        <message>
            <source>deskapp</source>
            <translation>deskapp</translation>
        </message>
        <message>
            <source>[{sheet}] row {row}, column '{column}': {message}</source>
            <translation>[{sheet}] {row}행 '{column}' 열: {message}</translation>
        </message>
        <message>
            <source>[{sheet}] row {row}: {message}</source>
            <translation>[{sheet}] {row}행: {message}</translation>
        </message>
        <message>
            <source>The workbook has {count:,} problems; nothing was imported.</source>
            <translation>통합문서에 문제가 {count:,}건 있어 아무것도 가져오지 않았습니다.</translation>
        </message>
    </context>
    <context>
        <name>events</name>
        <message>
            <source>'{value}' is not a kind of event ({names}).</source>
            <translation>'{value}'{value_josa} 행사 구분이 아닙니다 ({names}).</translation>
        </message>
        <message>
            <source>'{value}' is not a result ({names}).</source>
            <extracomment>The results a participant can have, in the order of the stages.</extracomment>
            <translation>'{value}'{value_josa} 결과가 아닙니다 ({names}).</translation>
        </message>
        <message>
            <source>Enter a whole number of 0 or more.</source>
            <translation>0 이상의 정수를 입력하세요.</translation>
        </message>
        <message>
            <source>'{value}' is not a whole number of 0 or more.</source>
            <translation>'{value}'{value_josa} 0 이상의 정수가 아닙니다.</translation>
        </message>
        <message>
            <source>'{value}' is not yes or no.</source>
            <translation>'{value}'{value_josa} 예 또는 아니오가 아닙니다.</translation>
        </message>
        <message>
            <source>The reported number interviewed is more than the reported participants ({n:,}).</source>
            <translation>집계면접인원이 집계참여인원({n:,}명)보다 많습니다.</translation>
        </message>
        <message>
            <source>The reported number hired is more than the reported participants ({n:,}).</source>
            <translation>집계채용인원이 집계참여인원({n:,}명)보다 많습니다.</translation>
        </message>
        <message>
            <source>The reported number hired is more than the reported number interviewed ({n:,}).</source>
            <translation>집계채용인원이 집계면접인원({n:,}명)보다 많습니다.</translation>
        </message>
        <message>
            <source>Enter the desk.</source>
            <translation>창구를 입력하세요.</translation>
        </message>
        <message>
            <source>'{number}' is already an event number.</source>
            <translation>'{number}'{number_josa} 이미 있는 행사번호입니다.</translation>
        </message>
        <message>
            <source>Saved with {n} number(s) that look like resident registration numbers masked.</source>
            <translation>주민등록번호로 보이는 숫자 {n}건을 가려서 저장했습니다.</translation>
        </message>
        <message>
            <source>The event has hired participants ({n}), so its date cannot move past today. Change their results first.</source>
            <translation>채용된 참여자({n}명)가 있어 행사일을 오늘 뒤로 옮길 수 없습니다. 먼저 그 결과를 바꾸세요.</translation>
        </message>
        <message>
            <source>No event '{number}' was found.</source>
            <translation>행사 '{number}'{number_josa} 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>Participants of another desk's events cannot be seen.</source>
            <translation>다른 창구의 행사 참여자는 볼 수 없습니다.</translation>
        </message>
        <message>
            <source>{name} already takes part in this event.</source>
            <translation>{name}{name_josa} 이미 이 행사에 참여한 업체입니다.</translation>
        </message>
        <message>
            <source>No taking-part employer no. {id} was found.</source>
            <translation>행사 참여업체 {id}번을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>Opening '{number}' is not this employer's.</source>
            <translation>구인 '{number}'{number_josa} 이 업체의 구인이 아닙니다.</translation>
        </message>
        <message>
            <source>{name} ({number}) already takes part in this event.</source>
            <translation>{name}({number}){name_josa} 이미 이 행사 참여자입니다.</translation>
        </message>
        <message>
            <source>No participant no. {id} was found.</source>
            <translation>행사 참여자 {id}번을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>A hire can be recorded only after the event's day.</source>
            <translation>행사일이 지나야 채용을 기록할 수 있습니다.</translation>
        </message>
        <message>
            <source>A voided job seeker cannot be recorded as hired.</source>
            <translation>무효 처리된 구직자는 채용으로 기록할 수 없습니다.</translation>
        </message>
        <message>
            <source>{kind} is not an event record.</source>
            <translation>{kind}{kind_josa} 행사 기록이 아닙니다.</translation>
        </message>
        <message>
            <source>No {kind} no. {id} was found.</source>
            <translation>{kind} {id}번을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>Recruiting {n}</source>
            <translation>모집 {n}명</translation>
        </message>
        <message>
            <source>(a participant of another desk)</source>
            <translation>(다른 창구의 참여자)</translation>
        </message>
        <message>
            <source>Organiser's count: {n:,}</source>
            <translation>주관기관 집계 {n:,}명</translation>
        </message>
        <message>
            <source>'{measure}' is not a measure of the event report.</source>
            <translation>'{measure}'{measure_josa} 행사 실적 항목이 아닙니다.</translation>
        </message>
    </context>
    <context>
        <name>field</name>
        <message>
            <source>SMS consent</source>
            <translation>SMS수신동의</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>Work history</source>
            <translation>경력</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>계정</translation>
        </message>
        <message>
            <source>Employment type</source>
            <translation>고용형태</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>교육대상</translation>
        </message>
        <message>
            <source>Resident of the district</source>
            <translation>구민여부</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>구인</translation>
        </message>
        <message>
            <source>Opening no.</source>
            <translation>구인번호</translation>
        </message>
        <message>
            <source>Job seeker</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>Job seeker no.</source>
            <translation>구직자번호</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>기간</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>내용</translation>
        </message>
        <message>
            <source>Next date</source>
            <translation>다음 일자</translation>
        </message>
        <message>
            <source>Next action</source>
            <translation>다음 할 일</translation>
        </message>
        <message>
            <source>Next contact date</source>
            <translation>다음연락일</translation>
        </message>
        <message>
            <source>Assigned counselor</source>
            <translation>담당상담사</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>담당자</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>대상그룹</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>데이터베이스</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>Registration desk</source>
            <translation>등록창구</translation>
        </message>
        <message>
            <source>Month close</source>
            <translation>마감</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>마감사유</translation>
        </message>
        <message>
            <source>Closing date</source>
            <translation>마감일</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>모집인원</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>모집직종</translation>
        </message>
        <message>
            <source>Occupation code</source>
            <translation>모집직종코드</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>목표</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>무효</translation>
        </message>
        <message>
            <source>Reason for voiding</source>
            <translation>무효 사유</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>백업 파일</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>번호</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>병합</translation>
        </message>
        <message>
            <source>Retention period</source>
            <translation>보존 기간</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>비고</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>비밀번호</translation>
        </message>
        <message>
            <source>Business registration no.</source>
            <translation>사업자등록번호</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>사용자 이름</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>사유</translation>
        </message>
        <message>
            <source>Session notes</source>
            <translation>상담내용</translation>
        </message>
        <message>
            <source>Session method</source>
            <translation>상담방법</translation>
        </message>
        <message>
            <source>Counts as a session</source>
            <translation>상담으로 셈</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>상담일</translation>
        </message>
        <message>
            <source>Session desk</source>
            <translation>상담창구</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>생년월일</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>성명</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>성별</translation>
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation>수정 사유</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>시작일</translation>
        </message>
        <message>
            <source>New find</source>
            <translation>신규 발굴</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>알선</translation>
        </message>
        <message>
            <source>Referral date</source>
            <translation>알선일</translation>
        </message>
        <message>
            <source>Referral desk</source>
            <translation>알선창구</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>업종</translation>
        </message>
        <message>
            <source>Employer name</source>
            <translation>업체명</translation>
        </message>
        <message>
            <source>Employer no.</source>
            <translation>업체번호</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>No-contact threshold</source>
            <translation>연락 없음 기준</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>연락처</translation>
        </message>
        <message>
            <source>Date done</source>
            <translation>완료일</translation>
        </message>
        <message>
            <source>Operating desk</source>
            <translation>운영창구</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>월</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>위탁기관</translation>
        </message>
        <message>
            <source>Completion date</source>
            <translation>이수일</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>일자</translation>
        </message>
        <message>
            <source>Wage</source>
            <translation>임금</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>자격증</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>장소</translation>
        </message>
        <message>
            <source>Venue type</source>
            <translation>장소구분</translation>
        </message>
        <message>
            <source>Reason for reopening</source>
            <translation>재개 사유</translation>
        </message>
        <message>
            <source>Contact date</source>
            <translation>접촉일</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>종료일</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>주관</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>주소</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>주제</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>지표</translation>
        </message>
        <message>
            <source>Occupation classification file</source>
            <translation>직업분류 파일</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>참석자</translation>
        </message>
        <message>
            <source>Enrolment date</source>
            <translation>참여일</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Pledged hires</source>
            <translation>채용 약정 인원</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>최종학력</translation>
        </message>
        <message>
            <source>Certification date</source>
            <translation>취득일</translation>
        </message>
        <message>
            <source>Placement type</source>
            <translation>취업구분</translation>
        </message>
        <message>
            <source>Placement date</source>
            <translation>취업일</translation>
        </message>
        <message>
            <source>Placement desk</source>
            <translation>취업창구</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>표시 이름</translation>
        </message>
        <message>
            <source>Programme name</source>
            <translation>프로그램명</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>항목</translation>
        </message>
        <message>
            <source>Event name</source>
            <translation>행사명</translation>
        </message>
        <message>
            <source>Event no.</source>
            <translation>행사번호</translation>
        </message>
        <message>
            <source>Agreement date</source>
            <translation>협약일</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>확인 시점</translation>
        </message>
        <message>
            <source>Verification method</source>
            <translation>확인방법</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>활동 내용</translation>
        </message>
        <message>
            <source>Meeting date</source>
            <translation>회차일</translation>
        </message>
        <message>
            <source>Desired employment type</source>
            <translation>희망고용형태</translation>
        </message>
        <message>
            <source>Desired work area</source>
            <translation>희망근무지역</translation>
        </message>
        <message>
            <source>Desired wage</source>
            <translation>희망임금</translation>
        </message>
        <message>
            <source>Desired occupation</source>
            <translation>희망직종</translation>
        </message>
        <message>
            <source>Desired occupation code</source>
            <translation>희망직종코드</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>Enter text, not a TRUE/FALSE value.</source>
            <translation>TRUE/FALSE 값이 아니라 글자를 입력하세요.</translation>
        </message>
        <message>
            <source>Must be at most {max_len:,} characters ({length:,} given).</source>
            <translation>{max_len:,}자를 넘을 수 없습니다 ({length:,}자).</translation>
        </message>
        <message>
            <source>Contains an invisible or control character ({hidden}). Delete it and type the text again.</source>
            <translation>보이지 않는 문자나 제어 문자({hidden})가 들어 있습니다. 지우고 다시 적으세요.</translation>
        </message>
        <message>
            <source>'{value}' contains digits.</source>
            <translation>'{value}'에 숫자가 들어 있습니다.</translation>
        </message>
        <message>
            <source>A number that looks like a resident registration number cannot be used. Give another number.</source>
            <translation>주민등록번호처럼 보이는 번호는 쓸 수 없습니다. 다른 번호를 주세요.</translation>
        </message>
        <message>
            <source>'{value}' contains spaces.</source>
            <translation>'{value}'에 공백이 들어 있습니다.</translation>
        </message>
        <message>
            <source>'{value}' is not a whole number.</source>
            <translation>'{value}'{value_josa} 정수가 아닙니다.</translation>
        </message>
        <message>
            <source>'{value}' is not a whole number of 1 or more.</source>
            <translation>'{value}'{value_josa} 1 이상의 정수가 아닙니다.</translation>
        </message>
        <message>
            <source>'{value}' must be 1 or more.</source>
            <translation>'{value}'{value_josa} 1 이상이어야 합니다.</translation>
        </message>
        <message>
            <source>'{value}' is too large.</source>
            <translation>'{value}'{value_josa} 너무 큰 수입니다.</translation>
        </message>
        <message>
            <source>Enter {field}.</source>
            <translation>{field}{field_josa} 입력하세요.</translation>
        </message>
        <message>
            <source>{value} is too early a date.</source>
            <translation>{value}{value_josa} 너무 이른 날짜입니다.</translation>
        </message>
        <message>
            <source>{value} is in the future.</source>
            <translation>{value}{value_josa} 미래의 날짜입니다.</translation>
        </message>
        <message>
            <source>{date}: an age of {age} is not plausible.</source>
            <translation>{date}: 나이가 {age}세로 맞지 않습니다.</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>'{name}': the extension must be .xlsx.</source>
            <translation>'{name}': 확장자는 .xlsx여야 합니다.</translation>
        </message>
        <message>
            <source>There is no folder '{folder}'.</source>
            <translation>폴더 '{folder}'{folder_josa} 없습니다.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>파일</translation>
        </message>
        <message>
            <source>Cannot write '{path}' ({why}). Check whether the disk is full and whether that folder can be written to. No file was left behind.</source>
            <translation>'{path}'{path_josa} 쓸 수 없습니다 ({why}). 디스크가 가득 찼는지, 그 폴더에 쓸 수 있는지 확인하세요. 아무 파일도 남기지 않았습니다.</translation>
        </message>
    </context>
    <context>
        <name>first_run</name>
        <message>
            <source>This version of deskapp cannot create demo data.</source>
            <translation>이 버전의 deskapp에는 데모 자료 만들기가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>follow_up</name>
        <message>
            <source>Must be 1 day or more.</source>
            <translation>1일 이상이어야 합니다.</translation>
        </message>
        <message>
            <source>Last contact {day}</source>
            <translation>마지막 연락 {day}</translation>
        </message>
        <message>
            <source>Referred {day}, awaiting the outcome</source>
            <translation>{day} 알선 결과 대기</translation>
        </message>
        <message>
            <source>{months}-month job retention check</source>
            <translation>취업 {months}개월 고용유지 확인</translation>
        </message>
        <message>
            <source>{months} months: must be 1, 3 or 6 months.</source>
            <translation>{months}개월: 1, 3, 6개월 중 하나여야 합니다.</translation>
        </message>
        <message>
            <source>Placement {id} was not found.</source>
            <translation>취업 {id}번을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>The {months}-month check is already recorded.</source>
            <translation>{months}개월 확인은 이미 기록되어 있습니다.</translation>
        </message>
        <message>
            <source>{event} ({day}) no result</source>
            <extracomment>An event's people not hired are followed up a week after it, for three months.</extracomment>
            <translation>{event} ({day}) 결과 없음</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <source>Unsaved changes</source>
            <extracomment>A field's check: the raw value and the field's name; returns the clean value or raises ValidationError (the domain parsers have this shape). The field of a correction form that holds its reason.</extracomment>
            <translation>저장하지 않은 내용</translation>
        </message>
        <message>
            <source>‘{what}’ has unsaved changes. Save them?</source>
            <translation>‘{what}’에 저장하지 않은 내용이 있습니다. 저장할까요?</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>저장(&amp;S)</translation>
        </message>
        <message>
            <source>Do&amp;n't save</source>
            <translation>저장 안 함(&amp;N)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Personal details</source>
            <translation>인적 사항</translation>
        </message>
        <message>
            <source>Registered {kind} {number_obj}.</source>
            <translation>{kind} {number_obj} 등록했습니다.</translation>
        </message>
    </context>
    <context>
        <name>grants</name>
        <message>
            <source>For the desks</source>
            <extracomment>Each kind of role, as shown (translate with context "grants" where shown).</extracomment>
            <translation>창구용</translation>
        </message>
        <message>
            <source>For the administrator</source>
            <translation>관리자용</translation>
        </message>
        <message>
            <source>The database account '{role}' has no right to create deskapp's tables. Have an administrator create the database by running 'deskapp init --db OWNER_ADDRESS --admin ADMIN' as the owner account. The database was not changed.</source>
            <extracomment>The columns of ``users`` a log-in writes (the application role may change no other). The columns of ``record_changes`` the retention purge empties (its trigger lets them only be emptied, with ``redacted`` set). table -&gt; the application role's privileges. Every table of the schema is here or in ``NOT_GRANTED`` (tests/test_shared_roles.py checks it against the models). table -&gt; what the administrator role has besides the application role's. Tables no role but the owner touches.</extracomment>
            <translation>데이터베이스 계정 '{role}'에는 deskapp의 표를 만들 권한이 없습니다. 관리자가 소유자 계정으로 'deskapp init --db 소유자주소 --admin 관리자'를 실행해 데이터베이스를 만드세요. 데이터베이스는 바꾸지 않았습니다.</translation>
        </message>
        <message>
            <source>The database's schema ({revision}) is older than this deskapp's ({head}). This PC's database account '{role}' cannot change the schema. Have an administrator run 'deskapp upgrade --db OWNER_ADDRESS' as the owner account, then open it again. The database was not changed.</source>
            <translation>데이터베이스의 스키마({revision})가 이 deskapp({head})보다 오래되었습니다. 이 PC의 데이터베이스 계정 '{role}'{role_josa} 스키마를 바꿀 수 없습니다. 관리자가 소유자 계정으로 'deskapp upgrade --db 소유자주소'를 실행한 뒤 다시 여세요. 데이터베이스는 바꾸지 않았습니다.</translation>
        </message>
        <message>
            <source>This PC's database account '{role}' has no right to do this (table {table}). Manage accounts and purge personal data on a PC connected with the administrator's database account. For anything else, tell the administrator (running 'deskapp grant' again as the owner account brings the rights in line).</source>
            <translation>이 PC의 데이터베이스 계정 '{role}'에는 이 일을 할 권한이 없습니다 (표 {table}). 계정 관리와 개인정보 파기는 관리자용 데이터베이스 계정으로 연결한 PC에서 하세요. 다른 일이면 관리자에게 알리세요 (소유자 계정으로 'deskapp grant'를 다시 실행하면 권한이 맞춰집니다).</translation>
        </message>
        <message>
            <source>This PC's database account '{role}' has no right to do this. Manage accounts and purge personal data on a PC connected with the administrator's database account. For anything else, tell the administrator (running 'deskapp grant' again as the owner account brings the rights in line).</source>
            <translation>이 PC의 데이터베이스 계정 '{role}'에는 이 일을 할 권한이 없습니다. 계정 관리와 개인정보 파기는 관리자용 데이터베이스 계정으로 연결한 PC에서 하세요. 다른 일이면 관리자에게 알리세요 (소유자 계정으로 'deskapp grant'를 다시 실행하면 권한이 맞춰집니다).</translation>
        </message>
        <message>
            <source>This PC is connected with the desks' database account '{role}', so it cannot add accounts, change roles, disable accounts, reset passwords or purge personal data. Do these on a PC connected with the administrator's database account.</source>
            <translation>이 PC는 창구용 데이터베이스 계정 '{role}'으로 연결되어 있어 계정 추가·역할 변경·사용 중지·비밀번호 재설정과 개인정보 파기를 할 수 없습니다. 관리자용 데이터베이스 계정으로 연결한 PC에서 하세요.</translation>
        </message>
        <message>
            <source>This database has no deskapp tables. Run 'deskapp init' as the owner account first.</source>
            <translation>이 데이터베이스에는 deskapp의 표가 없습니다. 먼저 소유자 계정으로 'deskapp init'을 실행하세요.</translation>
        </message>
        <message>
            <source>{option} {role}: the database server has no such role. Create it first (e.g. sudo -u postgres createuser --pwprompt {role}).</source>
            <translation>{option} {role}: 데이터베이스 서버에 이 역할이 없습니다. 먼저 만드세요 (예: sudo -u postgres createuser --pwprompt {role}).</translation>
        </message>
        <message>
            <source>{option} {role}: a superuser, so it has every right.</source>
            <translation>{option} {role}: 슈퍼유저라 모든 권한을 가집니다.</translation>
        </message>
        <message>
            <source>{option} {role}: the tables' owner ({owner}) or a member of it, so it can change and delete the tables. Give a role made for this.</source>
            <translation>{option} {role}: 표의 소유자({owner})이거나 그 구성원이라 표를 바꾸고 지울 수 있습니다. 따로 만든 역할을 주세요.</translation>
        </message>
        <message>
            <source>{option} {role}: it can create other roles and grant rights (CREATEROLE). Run ALTER ROLE {role} NOCREATEROLE, then run this again.</source>
            <translation>{option} {role}: 다른 역할을 만들고 권한을 줄 수 있습니다(CREATEROLE). ALTER ROLE {role} NOCREATEROLE 뒤에 다시 실행하세요.</translation>
        </message>
        <message>
            <source>{option} {role}: a member of {writer}, so it can change and delete every table's rows. Run REVOKE {writer} FROM {role}, then run this again.</source>
            <translation>{option} {role}: {writer}의 구성원이라 모든 표의 행을 바꾸고 지울 수 있습니다. REVOKE {writer} FROM {role} 뒤에 다시 실행하세요.</translation>
        </message>
        <message>
            <source>Revoked the right to create tables (CREATE) in schema {schema} from PUBLIC.</source>
            <translation>스키마 {schema}에 표를 만들 권한(CREATE)을 PUBLIC에서 거두었습니다.</translation>
        </message>
        <message>
            <source>The roles {roles} can create tables and functions in schema {schema} (CREATE). Run 'REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC' as a superuser, then run this again. Nothing was changed.</source>
            <translation>역할 {roles}{roles_josa} 스키마 {schema}에 표와 함수를 만들 수 있습니다 (CREATE). 슈퍼유저로 'REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC'을 실행한 뒤 다시 실행하세요. 아무것도 바꾸지 않았습니다.</translation>
        </message>
        <message>
            <source>Granted the role {role} the right to connect to database {database}.</source>
            <translation>역할 {role}에게 데이터베이스 {database}에 접속할 권한을 주었습니다.</translation>
        </message>
        <message>
            <source>A SQLite file has no database roles. 'deskapp grant' is for a shared-mode (PostgreSQL) database.</source>
            <translation>SQLite 파일에는 데이터베이스 역할이 없습니다. 'deskapp grant'는 공유 모드(PostgreSQL) 데이터베이스에 씁니다.</translation>
        </message>
        <message>
            <source>The database account '{role}' is not the tables' owner ({owner}), so it cannot grant rights. Run this with the owner account's address.</source>
            <translation>데이터베이스 계정 '{role}'{role_josa} 표의 소유자({owner})가 아니라서 권한을 줄 수 없습니다. 소유자 계정의 주소로 실행하세요.</translation>
        </message>
        <message>
            <source>--admin-role {role}: must differ from the desks' role.</source>
            <translation>--admin-role {role}: 창구용 역할과 달라야 합니다.</translation>
        </message>
        <message>
            <source>--app {app}: a member of the administrator's role {admin}, so it has all of its rights.</source>
            <translation>--app {app}: 관리자용 역할 {admin}의 구성원이라 그 권한을 모두 가집니다.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>역할</translation>
        </message>
        <message>
            <source>The database account '{role}' has no right to read deskapp's tables (table {table}). An administrator must run 'deskapp grant --db OWNER_ADDRESS --app {role}' as the owner account.</source>
            <translation>데이터베이스 계정 '{role}'에는 deskapp의 표를 읽을 권한이 없습니다 (표 {table}). 관리자가 소유자 계정으로 'deskapp grant --db 소유자주소 --app {role}'를 실행해야 합니다.</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source>Import: {file}</source>
            <extracomment>csv header of ``deskapp history`` (ARCHITECTURE.md: Correcting records).</extracomment>
            <translation>가져오기: {file}</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>가져오기</translation>
        </message>
    </context>
    <context>
        <name>importer</name>
        <message>
            <source>The same column heading appears twice.</source>
            <translation>같은 열 제목이 두 번 있습니다.</translation>
        </message>
        <message>
            <source>A required column is missing.</source>
            <translation>필수 열이 없습니다.</translation>
        </message>
        <message>
            <source>[{sheet}] row {row}: {note}</source>
            <translation>[{sheet}] {row}행 {note}</translation>
        </message>
        <message>
            <source>[{sheet}] row {row}, '{column}' {names}: not on the group list, left out.</source>
            <translation>[{sheet}] {row}행 '{column}' {names}: 목록에 없는 그룹이라 뺍니다.</translation>
        </message>
        <message>
            <source>'{code}' is not a code of the occupation classification.</source>
            <extracomment>The occupation-code column of each sheet that has one.</extracomment>
            <translation>'{code}'{code_josa} 직업분류에 없는 코드입니다.</translation>
        </message>
        <message>
            <source>'{column}' {message} The code is found from the words instead.</source>
            <translation>'{column}' {message} 낱말로 코드를 찾습니다.</translation>
        </message>
        <message>
            <source>Same phone: {name} ({number})</source>
            <translation>같은 연락처: {name} ({number})</translation>
        </message>
        <message>
            <source>Same phone: row {row} of this sheet</source>
            <translation>같은 연락처: 이 시트 {row}행</translation>
        </message>
        <message>
            <source>Same name and birth date: {name} ({number})</source>
            <translation>같은 이름과 생년월일: {name} ({number})</translation>
        </message>
        <message>
            <source>Same initials and birth date: {name} ({number})</source>
            <translation>같은 초성과 생년월일: {name} ({number})</translation>
        </message>
        <message>
            <source>[{sheet}] row {row}, {name}: {found}</source>
            <translation>[{sheet}] {row}행 {name}: {found}</translation>
        </message>
        <message>
            <source>… and {n:,} more</source>
            <translation>… 그 밖에 {n:,}건</translation>
        </message>
        <message>
            <source>… and {n:,} more, and there may be others: with over {limit:,} problems, this row and the rest (later sheets too) were not checked. Fix the problems above and import again.</source>
            <translation>… 그 밖에 {n:,}건, 그리고 더 있을 수 있음: 문제가 {limit:,}건을 넘어 이 행부터는 (뒤의 시트도) 확인하지 않았습니다. 위의 문제를 고친 뒤 다시 가져오세요.</translation>
        </message>
        <message>
            <source>The workbook has over {found:,} problems, so nothing was imported (only the first {limit:,} are shown, and the rest was not checked).</source>
            <translation>통합문서에 문제가 {found:,}건 넘게 있어 아무것도 가져오지 않았습니다 (처음 {limit:,}건만 보이고, 그 뒤로는 확인하지 않았습니다).</translation>
        </message>
        <message>
            <source>The workbook has {found:,} problems, so nothing was imported (only the first {limit:,} are shown).</source>
            <translation>통합문서에 문제가 {found:,}건 있어 아무것도 가져오지 않았습니다 (처음 {limit:,}건만 보입니다).</translation>
        </message>
        <message>
            <source>This workbook was already imported on {date} ('{file}'). It was not imported again, so that the same records are not added twice.</source>
            <translation>이 통합문서는 {date}에 이미 가져왔습니다 ('{file}'). 같은 기록을 두 번 넣지 않도록 가져오지 않았습니다.</translation>
        </message>
        <message>
            <source>{file}: refused — {error}</source>
            <extracomment>PostgreSQL advisory lock that makes imports take turns (``deskimp`` as a number). Whether the records are appended with the derived tables' triggers set aside and their work done once for the batch (``bulk.appending``); None: on SQLite only.</extracomment>
            <translation>{file}: 거부 — {error}</translation>
        </message>
        <message>
            <source>The file does not exist.</source>
            <translation>파일이 없습니다.</translation>
        </message>
        <message>
            <source>The file is too large (over 200 MB).</source>
            <translation>파일이 너무 큽니다 (200MB 초과).</translation>
        </message>
        <message>
            <source>Cannot read this as an xlsx workbook: {error}. Check that it is an Excel workbook (.xlsx).</source>
            <translation>xlsx 통합문서로 읽을 수 없습니다: {error}. Excel 통합문서(.xlsx)인지 확인하세요.</translation>
        </message>
        <message>
            <source>There is no sheet to import (sheet names: {names}).</source>
            <translation>가져올 시트가 없습니다 (시트 이름: {names}).</translation>
        </message>
        <message>
            <source>The sheet is damaged and cannot be read to the end: {error}</source>
            <translation>시트가 손상되어 끝까지 읽을 수 없습니다: {error}</translation>
        </message>
        <message>
            <source>'{number}' is also in row {row}.</source>
            <translation>'{number}'{number_josa} {row}행에도 있습니다.</translation>
        </message>
        <message>
            <source>'{number}' is already in the database.</source>
            <translation>'{number}'{number_josa} 이미 데이터베이스에 있습니다.</translation>
        </message>
        <message>
            <source>'{number}' is neither on this workbook's '{sheet}' sheet nor in the database.</source>
            <translation>'{number}'{number_josa} 이 통합문서의 '{sheet}' 시트에도, 데이터베이스에도 없습니다.</translation>
        </message>
        <message>
            <source>'{number}' is a voided record ({kind}).</source>
            <translation>'{number}'{number_josa} 무효 처리된 {kind}입니다.</translation>
        </message>
        <message>
            <source>{year}-{month} is closed: records cannot be added to it.</source>
            <translation>{year}년 {month}월은 마감되어 기록을 더할 수 없습니다.</translation>
        </message>
        <message>
            <source>'{who}' is also in row {row} for the same event.</source>
            <translation>'{who}'{who_josa} 같은 행사에 {row}행에도 있습니다.</translation>
        </message>
        <message>
            <source>'{who}' already takes part in this event ({event}).</source>
            <translation>'{who}'{who_josa} 이미 이 행사({event})에 참여하고 있습니다.</translation>
        </message>
        <message>
            <source>A hire can be recorded only after the event day ({day}).</source>
            <translation>행사일({day})이 지나야 채용을 기록할 수 있습니다.</translation>
        </message>
        <message>
            <source>The event day is in {year}-{month}, a closed month: a hire (placement) cannot be added.</source>
            <translation>행사일이 마감된 {year}년 {month}월이라 채용(취업)을 더할 수 없습니다.</translation>
        </message>
        <message>
            <source>Opening '{opening}' is not an opening of employer '{employer}'.</source>
            <translation>구인 '{opening}'{opening_josa} 업체 '{employer}'의 구인이 아닙니다.</translation>
        </message>
    </context>
    <context>
        <name>integrity</name>
        <message>
            <source>Job seeker voided within a day of registration</source>
            <extracomment>The kinds of flag, in the order lists show them, with their labels (English, with the limits as fields; :func:`flag_label` gives one in the language spoken).</extracomment>
            <translation>등록 하루 안에 무효 처리된 구직자</translation>
        </message>
        <message>
            <source>Placement without an earlier session or referral</source>
            <translation>이전 상담·알선 없는 취업</translation>
        </message>
        <message>
            <source>Placement entered more than {days} days after its start date</source>
            <translation>취업일보다 {days}일 넘게 늦게 입력된 취업</translation>
        </message>
        <message>
            <source>One account entering or voiding more than {size} records in {minutes} minutes</source>
            <translation>한 계정이 {minutes}분 안에 {size}건 넘게 입력·무효</translation>
        </message>
        <message>
            <source>{name}: entered {days} days later</source>
            <translation>{name}: {days}일 뒤 입력</translation>
        </message>
        <message>
            <source>{name}: {count} records in the period</source>
            <translation>{name}: 기간 중 {count}건</translation>
        </message>
    </context>
    <context>
        <name>lists</name>
        <message>
            <source>Registration date</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>Employer name</source>
            <translation>업체명</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>모집직종</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>인원</translation>
        </message>
        <message>
            <source>Wage</source>
            <translation>임금</translation>
        </message>
        <message>
            <source>Employment type</source>
            <translation>고용형태</translation>
        </message>
        <message>
            <source>Closing date</source>
            <translation>마감일</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Opening no.</source>
            <translation>구인번호</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>채용</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>상담일</translation>
        </message>
        <message>
            <source>Job seeker</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>Session method</source>
            <translation>상담방법</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>상담사</translation>
        </message>
        <message>
            <source>Next contact date</source>
            <translation>다음 연락일</translation>
        </message>
        <message>
            <source>Undecided</source>
            <translation>미정</translation>
        </message>
        <message>
            <source>Referral date</source>
            <translation>알선일</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>Placement date</source>
            <translation>취업일</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>Verification method</source>
            <translation>확인방법</translation>
        </message>
    </context>
    <context>
        <name>matching</name>
        <message>
            <source>Neighbouring {district}</source>
            <translation>이웃 {district}</translation>
        </message>
        <message>
            <source>Wanted work area ({area})</source>
            <translation>희망 근무지역({area})</translation>
        </message>
        <message>
            <source>Wage wanted or more ({wage})</source>
            <translation>희망 임금 이상({wage})</translation>
        </message>
        <message>
            <source>Employment type wanted ({kind})</source>
            <translation>희망 고용형태({kind})</translation>
        </message>
        <message>
            <source>Already referred ({day})</source>
            <translation>이미 알선함 ({day})</translation>
        </message>
        <message>
            <source>Same classification ({level})</source>
            <translation>같은 직업분류({level})</translation>
        </message>
        <message>
            <source>Job seeker {id} was not found.</source>
            <translation>구직자 {id}번을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>Openings cannot be suggested to another desk's job seeker.</source>
            <translation>다른 창구의 구직자에게는 추천할 수 없습니다.</translation>
        </message>
        <message>
            <source>Hiring {count}</source>
            <translation>{count}명</translation>
        </message>
        <message>
            <source>Wage not given</source>
            <translation>임금 미기재</translation>
        </message>
        <message>
            <source>Opening {id} was not found.</source>
            <translation>구인 {id}번을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>The opening is closed or its registration period has ended. Renew it to find it again.</source>
            <translation>마감되었거나 등록 기간이 끝난 구인입니다. 갱신하면 다시 찾을 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>merging</name>
        <message>
            <source>The two records differ in {fields}. If they are the same person, write the reason and merge.</source>
            <extracomment>What a merge moves to the record kept (and its undoing moves back), by table. Attendance at programme sessions moves too; kept in ``moved`` by its sessions' ids (its key is the session and the seeker, it has no id of its own).</extracomment>
            <translation>두 기록의 {fields}{fields_josa} 다릅니다. 같은 사람이 맞으면 사유를 적고 병합하세요.</translation>
        </message>
        <message>
            <source>A record cannot be merged with itself.</source>
            <translation>같은 기록끼리는 합칠 수 없습니다.</translation>
        </message>
        <message>
            <source>The job seeker records to merge were not found.</source>
            <translation>합칠 구직자 기록을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>Both records took part in the event '{name}' ({number}): merged, one person would have taken part twice. Void one of the two in the event first.</source>
            <translation>두 기록이 모두 행사 '{name}'({number})에 참여해 병합하면 한 사람이 두 번 참여한 것이 됩니다. 행사에서 한쪽 참여를 먼저 무효로 하세요.</translation>
        </message>
        <message>
            <source>Both records are enrolled in the programme '{name}' (no. {number}): merged, one person would be enrolled twice. Void one of the two in the programme first.</source>
            <translation>두 기록이 모두 프로그램 '{name}'({number}번)에 참여해 병합하면 한 사람이 두 번 참여한 것이 됩니다. 프로그램에서 한쪽 참여를 먼저 무효로 하세요.</translation>
        </message>
        <message>
            <source>There is no merge {id} to undo.</source>
            <translation>되돌릴 병합 {id}번이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>month_check</name>
        <message>
            <source>Unreviewed placements</source>
            <extracomment>The three groups: attribute and title (shown in the language spoken).</extracomment>
            <translation>미검토 취업</translation>
        </message>
        <message>
            <source>Overdue follow-ups</source>
            <translation>기한 지난 사후관리</translation>
        </message>
        <message>
            <source>Review flags</source>
            <translation>점검 신호</translation>
        </message>
        <message>
            <source>Unreviewed placement ({kind}, entered by {user})</source>
            <translation>미검토 취업 ({kind}, 입력 {user})</translation>
        </message>
        <message>
            <source>Placement {date}: {months}-month retention not checked</source>
            <translation>취업 {date}: {months}개월 고용유지 확인 안 함</translation>
        </message>
        <message>
            <source>Session {date}: next contact date passed, no session since</source>
            <translation>상담 {date}: 다음 연락일 지남, 그 뒤 상담 없음</translation>
        </message>
        <message>
            <source>Referral {date}: result pending</source>
            <translation>알선 {date}: 결과 대기</translation>
        </message>
        <message>
            <source>Follow-up of an event participant not placed: {detail}</source>
            <translation>행사 미취업자 사후관리: {detail}</translation>
        </message>
    </context>
    <context>
        <name>month_close</name>
        <message>
            <source>{month}/{year} is not over yet.</source>
            <translation>{year}년 {month}월은 아직 끝나지 않았습니다.</translation>
        </message>
        <message>
            <source>{month}/{year} is already closed.</source>
            <translation>{year}년 {month}월은 이미 마감되었습니다.</translation>
        </message>
        <message>
            <source>{month}/{year} has unfinished work (unreviewed placements {unreviewed:,}, overdue follow-ups {overdue:,}, review flags {flags:,}). Check it, then close the month anyway.</source>
            <translation>{year}년 {month}월에 끝나지 않은 일이 있습니다 (미검토 취업 {unreviewed:,}건, 기한 지난 사후관리 {overdue:,}건, 점검 신호 {flags:,}건). 확인한 뒤 그래도 마감하세요.</translation>
        </message>
        <message>
            <source>{month}/{year}: the month must be from 1 to 12.</source>
            <translation>{year}년 {month}월: 월은 1~12여야 합니다.</translation>
        </message>
        <message>
            <source>Write the reason for reopening the month.</source>
            <translation>마감을 푸는 사유를 적어야 합니다.</translation>
        </message>
        <message>
            <source>{month}/{year} is not closed.</source>
            <translation>{year}년 {month}월은 마감되어 있지 않습니다.</translation>
        </message>
    </context>
    <context>
        <name>months</name>
        <message>
            <source>{month}/{year} is closed: its records cannot be added or changed. A team lead can reopen it (Review › Month close › Reopen month…, or deskapp reopen --year {year} --month {month} --reason REASON).</source>
            <extracomment>The first key of PostgreSQL's two-key advisory locks taken on months (any fixed number that no other lock of the application uses).</extracomment>
            <translation>{year}년 {month}월은 마감되어 그 달의 기록을 더하거나 바꿀 수 없습니다. 팀장이 마감을 풀면 됩니다 (검토 › 월 마감 › 마감 해제, 또는 deskapp reopen --year {year} --month {month} --reason 사유).</translation>
        </message>
    </context>
    <context>
        <name>occupations</name>
        <message>
            <source>Major group</source>
            <translation>대분류</translation>
        </message>
        <message>
            <source>Middle group</source>
            <translation>중분류</translation>
        </message>
        <message>
            <source>Minor group</source>
            <translation>소분류</translation>
        </message>
        <message>
            <source>Detailed occupation</source>
            <translation>세분류</translation>
        </message>
        <message>
            <source>Occupation classification file</source>
            <extracomment>Geumcheon-gu and the districts around it, for matching by place.</extracomment>
            <translation>직업분류 파일</translation>
        </message>
        <message>
            <source>The first line must be code,name,level,parent_code.</source>
            <translation>첫 줄은 code,name,level,parent_code 여야 합니다.</translation>
        </message>
        <message>
            <source>Line {number}: there are not 4 cells.</source>
            <translation>{number}번째 줄: 칸이 4개가 아닙니다.</translation>
        </message>
        <message>
            <source>Line {number}: the code or the level is not a number.</source>
            <translation>{number}번째 줄: 코드나 수준이 숫자가 아닙니다.</translation>
        </message>
        <message>
            <source>Line {number}: the level ({level}) of code {code} is wrong.</source>
            <translation>{number}번째 줄: 코드 {code}의 수준({level})이 맞지 않습니다.</translation>
        </message>
        <message>
            <source>Line {number}: the parent code {parent} does not match.</source>
            <translation>{number}번째 줄: 상위 코드 {parent}{parent_josa} 맞지 않습니다.</translation>
        </message>
        <message>
            <source>Line {number}: code {code} appears twice.</source>
            <translation>{number}번째 줄: 코드 {code}{code_josa} 두 번 있습니다.</translation>
        </message>
        <message>
            <source>The file has no detailed (4-digit) occupation.</source>
            <translation>세분류(4자리) 직업이 하나도 없습니다.</translation>
        </message>
        <message>
            <source>Same occupation (detailed)</source>
            <extracomment>What counselors and seekers say for a job, where the classification's own words do not find the right code (KECO 2018); looked up before word matching. Why two codes match, in English: :func:`relation_reason` gives it in the language spoken.</extracomment>
            <translation>같은 직업(세분류)</translation>
        </message>
        <message>
            <source>Same minor group</source>
            <translation>같은 소분류</translation>
        </message>
        <message>
            <source>Same middle group</source>
            <translation>같은 중분류</translation>
        </message>
        <message>
            <source>Same major group</source>
            <translation>같은 대분류</translation>
        </message>
        <message>
            <source>The file is not UTF-8. Save it in Excel as 'CSV UTF-8'.</source>
            <translation>UTF-8이 아닙니다. Excel에서 'CSV UTF-8'로 저장하세요.</translation>
        </message>
        <message>
            <source>The file cannot be read ({error}).</source>
            <translation>읽을 수 없습니다 ({error}).</translation>
        </message>
        <message>
            <source>'{code}' is not a code of the occupation classification.</source>
            <translation>'{code}'{code_josa} 직업분류에 없는 코드입니다.</translation>
        </message>
    </context>
    <context>
        <name>outreach</name>
        <message>
            <source>Visit</source>
            <extracomment>The most a 협약 may pledge (a typing slip, not a real agreement, beyond it). How far after its contact a next action may be set (days: two years). How far from its signing an agreement may start, and how long it may run (days).</extracomment>
            <translation>방문</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>전화</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>협약</translation>
        </message>
        <message>
            <source>Opening found</source>
            <translation>구인 발굴</translation>
        </message>
        <message>
            <source>'{value}' is not a kind of contact ({names}).</source>
            <translation>'{value}'{value_josa} 접촉 구분이 아닙니다 ({names}).</translation>
        </message>
        <message>
            <source>Enter {field} as a date.</source>
            <translation>{field}{field_josa} 날짜로 입력하세요.</translation>
        </message>
        <message>
            <source>Choose one of visit, phone call, agreement or opening found.</source>
            <translation>방문, 전화, 협약, 구인 발굴 중 하나를 고르세요.</translation>
        </message>
        <message>
            <source>Enter the date of the next action.</source>
            <translation>다음 할 일의 날짜를 입력하세요.</translation>
        </message>
        <message>
            <source>Enter the action for the next date.</source>
            <translation>다음 일자에 할 일을 입력하세요.</translation>
        </message>
        <message>
            <source>Cannot be before the contact date.</source>
            <translation>접촉일보다 빠를 수 없습니다.</translation>
        </message>
        <message>
            <source>Enter a date within 2 years of the contact date.</source>
            <translation>접촉일로부터 2년 안의 날짜를 입력하세요.</translation>
        </message>
        <message>
            <source>Enter a whole number of 0 or more.</source>
            <translation>0 이상의 정수를 입력하세요.</translation>
        </message>
        <message>
            <source>Must be between 0 and {max:,} people.</source>
            <translation>0명에서 {max:,}명 사이여야 합니다.</translation>
        </message>
        <message>
            <source>Cannot be before the start date.</source>
            <translation>시작일보다 빠를 수 없습니다.</translation>
        </message>
        <message>
            <source>Enter a date within {years} years of the start date.</source>
            <translation>시작일로부터 {years}년 안의 날짜를 입력하세요.</translation>
        </message>
        <message>
            <source>Enter a date within 1 year of the signing date.</source>
            <translation>협약일로부터 1년 안의 날짜를 입력하세요.</translation>
        </message>
        <message>
            <source>Enter the desk.</source>
            <translation>창구를 입력하세요.</translation>
        </message>
        <message>
            <source>No employer no. {id} was found.</source>
            <translation>구인업체 {id}번을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>This contact has no next action.</source>
            <translation>이 접촉에는 다음 할 일이 없습니다.</translation>
        </message>
        <message>
            <source>Already done on {day}.</source>
            <translation>{day}에 이미 마쳤습니다.</translation>
        </message>
        <message>
            <source>Cannot be before the contact's day.</source>
            <translation>접촉일보다 빠를 수 없습니다.</translation>
        </message>
        <message>
            <source>{kind} cannot be voided here.</source>
            <translation>{kind}{kind_josa} 여기서 무효로 할 수 없습니다.</translation>
        </message>
        <message>
            <source>No {kind} no. {id} was found.</source>
            <translation>{kind} {id}번을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>{kind} no. {id} is void.</source>
            <translation>{kind} {id}번은 무효입니다.</translation>
        </message>
        <message>
            <source>{year}: give a year from 1990 to 2100.</source>
            <translation>{year}: 1990~2100 사이의 연도를 주세요.</translation>
        </message>
    </context>
    <context>
        <name>performance</name>
        <message>
            <source>Job seeker registrations</source>
            <extracomment>Each measure's name (English; :func:`measure_label` gives it in the language spoken).</extracomment>
            <translation>구직등록</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>상담</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>알선</translation>
        </message>
        <message>
            <source>Placements</source>
            <translation>취업자수</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>사후관리</translation>
        </message>
        <message>
            <source>people</source>
            <extracomment>What each measure counts (English; :func:`measure_unit` translates).</extracomment>
            <translation>명</translation>
        </message>
        <message>
            <source>records</source>
            <translation>건</translation>
        </message>
        <message>
            <source>'{measure}' is not a performance measure.</source>
            <translation>'{measure}'{measure_josa} 실적 지표가 아닙니다.</translation>
        </message>
        <message>
            <source>'{measure}' is not a performance measure (one of {keys}).</source>
            <translation>'{measure}'{measure_josa} 실적 지표가 아닙니다 ({keys} 중 하나).</translation>
        </message>
        <message>
            <source>{year}: give a year from 1900 to 2999.</source>
            <translation>{year}: 1900년부터 2999년 사이의 연도를 주세요.</translation>
        </message>
        <message>
            <source>{month}: give a month from 1 to 12.</source>
            <translation>{month}: 1부터 12 사이의 월을 주세요.</translation>
        </message>
        <message>
            <source>Another counselor's detailed results (personal records) cannot be seen.</source>
            <translation>다른 상담사의 실적 상세(개인 기록)는 볼 수 없습니다.</translation>
        </message>
        <message>
            <source>{n} placements</source>
            <translation>취업 {n}건</translation>
        </message>
        <message>
            <source>{months} months, still employed</source>
            <translation>{months}개월 고용유지</translation>
        </message>
        <message>
            <source>{months} months, left the job</source>
            <translation>{months}개월 이직</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>알선</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>사후관리</translation>
        </message>
    </context>
    <context>
        <name>phone</name>
        <message>
            <source>Enter a phone number.</source>
            <translation>전화번호를 입력하세요.</translation>
        </message>
        <message>
            <source>'{value}' contains characters that are not digits.</source>
            <translation>'{value}'에 숫자가 아닌 글자가 있습니다.</translation>
        </message>
        <message>
            <source>'{value}' is not a Korean phone number.</source>
            <translation>'{value}'{value_josa} 국내 전화번호가 아닙니다.</translation>
        </message>
        <message>
            <source>'{value}' is not a valid phone number.</source>
            <translation>'{value}'{value_josa} 올바른 전화번호가 아닙니다.</translation>
        </message>
    </context>
    <context>
        <name>placement_review</name>
        <message>
            <source>Imported from {file}</source>
            <translation>가져오기: {file}</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>직접 입력</translation>
        </message>
    </context>
    <context>
        <name>print_layout</name>
        <message>
            <source>Period</source>
            <extracomment>How a table of figures opens: the page's whole width, room around every number.</extracomment>
            <translation>기간</translation>
        </message>
        <message>
            <source>(Unit: cases, people)</source>
            <translation>(단위: 건, 명)</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>구 분</translation>
        </message>
        <message>
            <source>{title} — by {by}</source>
            <translation>{title} — {by}별</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>총 계</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>월</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>당월</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>누계</translation>
        </message>
        <message>
            <source>{title} — monthly ({subject})</source>
            <translation>{title} — 월별 ({subject})</translation>
        </message>
        <message>
            <source>Print statistics</source>
            <translation>통계 인쇄</translation>
        </message>
    </context>
    <context>
        <name>privacy</name>
        <message>
            <source>{years} years: must be between 1 and 50 years.</source>
            <translation>{years}년: 1년에서 50년 사이여야 합니다.</translation>
        </message>
        <message>
            <source>{n} job seekers with no activity for over {years} years anonymized (cutoff {cutoff}, {total} in all); {masked} numbers that looked like resident registration numbers hidden</source>
            <translation>{years}년 넘게 활동이 없는 구직자 {n}명 익명화 (기준일 {cutoff}, 누적 {total}명); 주민등록번호로 보이는 숫자 {masked}건 가림</translation>
        </message>
    </context>
    <context>
        <name>programmes</name>
        <message>
            <source>Enter {field} as a date.</source>
            <extracomment>The kind of the 금천희망취업캠프 (the camp table's programmes unless told otherwise).</extracomment>
            <translation>{field}{field_josa} 날짜로 입력하세요.</translation>
        </message>
        <message>
            <source>{value} is too early a date.</source>
            <translation>{value}{value_josa} 너무 이른 날짜입니다.</translation>
        </message>
        <message>
            <source>'{value}' is not a valid number.</source>
            <translation>'{value}'{value_josa} 올바른 번호가 아닙니다.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>종료일이 시작일보다 빠릅니다.</translation>
        </message>
        <message>
            <source>Job seeker '{number}' is listed twice.</source>
            <translation>구직자 '{number}'{number_josa} 두 번 들어 있습니다.</translation>
        </message>
        <message>
            <source>Choose at least one attendee to count as a counseling session.</source>
            <translation>상담으로 셀 참석자를 한 명 이상 고르세요.</translation>
        </message>
        <message>
            <source>Choose the desk that runs the programme.</source>
            <extracomment>The programme's fields by their Korean headings, as kept in its history.</extracomment>
            <translation>운영창구를 고르세요.</translation>
        </message>
        <message>
            <source>No programme no. {id} was found.</source>
            <translation>프로그램 {id}번을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>No programme enrolment no. {id} was found.</source>
            <translation>프로그램 참여 {id}번을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>Before the programme's start date ({day}).</source>
            <translation>프로그램 시작일({day})보다 빠릅니다.</translation>
        </message>
        <message>
            <source>Later than a session held on {day}.</source>
            <translation>{day}에 한 회차보다 늦습니다.</translation>
        </message>
        <message>
            <source>Earlier than a session held on {day}.</source>
            <translation>{day}에 한 회차보다 빠릅니다.</translation>
        </message>
        <message>
            <source>Someone enrolled on {day}, so it cannot be earlier than that.</source>
            <translation>{day}에 참여한 사람이 있어 그보다 빠를 수 없습니다.</translation>
        </message>
        <message>
            <source>A session on the same topic ({topic}) was already held on {day} (session no. {id}). Give a different topic or correct that session.</source>
            <translation>{day}에 같은 주제({topic})의 회차가 이미 있습니다 (회차 {id}번). 주제를 달리 적거나 그 회차를 고치세요.</translation>
        </message>
        <message>
            <source>A session with no topic was already held on {day} (session no. {id}). Give a topic or correct that session.</source>
            <translation>{day}에 같은 주제의 회차가 이미 있습니다 (회차 {id}번). 주제를 달리 적거나 그 회차를 고치세요.</translation>
        </message>
        <message>
            <source>{name} ({number}) was already counted as a counseling session on {day}, through another session of this programme.</source>
            <translation>{name}({number}){name_josa} {day}에 이 프로그램의 다른 회차로 이미 상담 1건이 셈해졌습니다.</translation>
        </message>
        <message>
            <source>Job seeker '{number}' was not found.</source>
            <translation>구직자 '{number}'{number_josa} 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>{name} ({number}) is not enrolled in the programme.</source>
            <translation>{name}({number}){name_josa} 참여자가 아닙니다.</translation>
        </message>
        <message>
            <source>{name} ({number}) enrolled on {day}, after the session's day.</source>
            <translation>{name}({number}){name_josa} {day}에 참여했습니다 (회차일보다 늦음).</translation>
        </message>
        <message>
            <source>Before the job seeker's registration date ({day}).</source>
            <translation>구직 등록일({day})보다 빠릅니다.</translation>
        </message>
        <message>
            <source>{name} ({number}) already enrolled on {day}.</source>
            <translation>{name}({number}){name_josa} {day}에 이미 참여했습니다.</translation>
        </message>
        <message>
            <source>{kind} cannot be voided here.</source>
            <translation>{kind}{kind_josa} 여기서 무효로 할 수 없습니다.</translation>
        </message>
        <message>
            <source>No programme session no. {id} was found.</source>
            <translation>프로그램 회차 {id}번을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>Counseling session {id} ({name}, {day}) is in a closed month.</source>
            <translation>상담 {id}({name}, {day}){session_josa} 마감된 달의 상담입니다.</translation>
        </message>
        <message>
            <source>Counseling session {id} ({name}, {day}) belongs to another desk ({desk}), so it cannot be voided here. Leave it to that desk's counselor or team lead.</source>
            <translation>상담 {id}({name}, {day}){session_josa} 다른 창구({desk})의 상담이라 무효로 할 수 없습니다. 그 창구의 상담사나 팀장에게 맡기세요.</translation>
        </message>
        <message>
            <source>Participants of another desk's programmes cannot be seen.</source>
            <translation>다른 창구의 프로그램 참여자는 볼 수 없습니다.</translation>
        </message>
        <message>
            <source>'{year}' is not a year from 1990 to 2100.</source>
            <translation>'{year}'{year_josa} 1990~2100 사이의 연도가 아닙니다.</translation>
        </message>
        <message>
            <source>After the programme's end date ({day}).</source>
            <translation>프로그램 종료일({day})보다 늦습니다.</translation>
        </message>
        <message>
            <source>Cannot be before the enrolment date.</source>
            <translation>참여일보다 빠를 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>record_edit</name>
        <message>
            <source>Nothing changed.</source>
            <translation>바뀐 항목이 없습니다.</translation>
        </message>
        <message>
            <source>{kind} {number} updated: {fields}</source>
            <translation>{kind} {number} 수정: {fields}</translation>
        </message>
    </context>
    <context>
        <name>records</name>
        <message>
            <source>Administrator</source>
            <translation>관리자</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>팀장</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>상담사</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>등록</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>수정</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>무효 처리</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>병합</translation>
        </message>
        <message>
            <source>Merge undone</source>
            <translation>병합 되돌림</translation>
        </message>
        <message>
            <source>Destroyed</source>
            <translation>파기</translation>
        </message>
        <message>
            <source>Job seeker</source>
            <extracomment>The target groups (대상 그룹) a new database starts with: the district's 2019 groups and the usual 취약계층 of employment services; administrators add and retire more.</extracomment>
            <translation>구직자</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>구인업체</translation>
        </message>
        <message>
            <source>Job opening</source>
            <translation>구인</translation>
        </message>
        <message>
            <source>Counseling session</source>
            <translation>상담</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>알선</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>취업</translation>
        </message>
        <message>
            <source>Hiring event</source>
            <translation>행사</translation>
        </message>
        <message>
            <source>Event employer</source>
            <translation>행사 참여업체</translation>
        </message>
        <message>
            <source>Event participant</source>
            <translation>행사 참여자</translation>
        </message>
        <message>
            <source>Employer contact</source>
            <translation>기업 접촉</translation>
        </message>
        <message>
            <source>Local hiring agreement</source>
            <translation>구민 우선 채용 협약</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>프로그램</translation>
        </message>
        <message>
            <source>Programme session</source>
            <translation>프로그램 회차</translation>
        </message>
        <message>
            <source>Programme enrolment</source>
            <translation>프로그램 참여</translation>
        </message>
        <message>
            <source>'{value}' is not a counseling method ({names}).</source>
            <translation>'{value}'{value_josa} 상담방법이 아닙니다 ({names}).</translation>
        </message>
        <message>
            <source>'{value}' is not a type of employment ({names}).</source>
            <translation>'{value}'{value_josa} 고용형태가 아닙니다 ({names}).</translation>
        </message>
        <message>
            <source>'{value}' is not a level of education ({names}).</source>
            <translation>'{value}'{value_josa} 최종학력이 아닙니다 ({names}).</translation>
        </message>
        <message>
            <source>'{value}' is not a reason for closing ({names}).</source>
            <translation>'{value}'{value_josa} 마감 사유가 아닙니다 ({names}).</translation>
        </message>
        <message>
            <source>'{value}' is not a valid sex (M or F).</source>
            <translation>'{value}'{value_josa} 성별이 아닙니다 (남 또는 여).</translation>
        </message>
        <message>
            <source>'{value}' is not a valid value ({names}).</source>
            <translation>'{value}'{value_josa} 올바른 값이 아닙니다 ({names}).</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>구인</translation>
        </message>
        <message>
            <source>{groups}: not on the list of target groups ({known}).</source>
            <translation>{groups}: 대상 그룹 목록에 없습니다 ({known}).</translation>
        </message>
        <message>
            <source>This placement comes from a hire at event '{event}' ({number}), so it cannot be voided here. At the event, change the participant's result or void the participation (the placement date and desk follow the event).</source>
            <translation>행사 '{event}'({number})의 채용으로 생긴 취업이라 여기서 무효로 할 수 없습니다. 행사에서 그 참여자의 결과를 바꾸거나 참여를 무효로 하세요 (취업일과 창구는 행사를 따릅니다).</translation>
        </message>
        <message>
            <source>This placement comes from a hire at event '{event}' ({number}), so its {field} cannot be corrected here. At the event, change the participant's result or void the participation (the placement date and desk follow the event).</source>
            <translation>행사 '{event}'({number})의 채용으로 생긴 취업이라 여기서 {field}{field_josa} 고칠 수 없습니다. 행사에서 그 참여자의 결과를 바꾸거나 참여를 무효로 하세요 (취업일과 창구는 행사를 따릅니다).</translation>
        </message>
        <message>
            <source>{field} '{number}' already exists.</source>
            <translation>'{number}'{number_josa} 이미 있는 {field}입니다.</translation>
        </message>
        <message>
            <source>A job seeker can be registered only with consent to the collection and use of personal data.</source>
            <translation>개인정보 수집·이용에 동의를 받아야 등록할 수 있습니다.</translation>
        </message>
        <message>
            <source>Job seeker registered</source>
            <translation>구직 등록</translation>
        </message>
        <message>
            <source>Employer registered</source>
            <translation>구인업체 등록</translation>
        </message>
        <message>
            <source>The closing date is before the registration date.</source>
            <translation>마감일이 등록일보다 빠릅니다.</translation>
        </message>
        <message>
            <source>Opening registered</source>
            <translation>구인 등록</translation>
        </message>
        <message>
            <source>Cannot be before the session date.</source>
            <translation>상담일보다 빠를 수 없습니다.</translation>
        </message>
        <message>
            <source>Session {id} registered</source>
            <translation>상담 {id} 등록</translation>
        </message>
        <message>
            <source>Cannot be before the opening's registration date.</source>
            <translation>구인 등록일보다 빠를 수 없습니다.</translation>
        </message>
        <message>
            <source>The job seeker was already referred to this opening on {date}.</source>
            <translation>이 구인에는 {date}에 이미 알선했습니다.</translation>
        </message>
        <message>
            <source>Opening {opening} closed on {date} ({reason}). Refer anyway?</source>
            <translation>구인 {opening}{opening_josa} {date}에 마감되었습니다 ({reason}). 그래도 알선할까요?</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>사유 없음</translation>
        </message>
        <message>
            <source>Referral {id} registered</source>
            <translation>알선 {id} 등록</translation>
        </message>
        <message>
            <source>Placement {id} registered ({kind})</source>
            <translation>취업 {id} 등록 ({kind})</translation>
        </message>
        <message>
            <source>Referral {id} was not found.</source>
            <translation>알선 {id}번을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>This referral is another job seeker's.</source>
            <translation>다른 구직자의 알선입니다.</translation>
        </message>
        <message>
            <source>Cannot be before the referral date.</source>
            <translation>알선일보다 빠를 수 없습니다.</translation>
        </message>
        <message>
            <source>{kind} {id} was not found.</source>
            <translation>{kind} {id}번을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>{kind} {id} is already void.</source>
            <translation>{kind} {id}번은 이미 무효입니다.</translation>
        </message>
        <message>
            <source>Only a team leader or an administrator can void a {kind} with no desk.</source>
            <translation>창구가 정해지지 않은 {kind}{kind_josa} 팀장 또는 관리자만 무효로 할 수 있습니다.</translation>
        </message>
        <message>
            <source>{kind} {id} voided: {reason}</source>
            <translation>{kind} {id} 무효: {reason}</translation>
        </message>
        <message>
            <source>{n} number(s) that looked like resident registration numbers were hidden.</source>
            <translation>주민등록번호로 보이는 숫자 {n}건을 가려서 저장했습니다.</translation>
        </message>
        <message>
            <source>A job seeker with the same phone already exists: {name} ({number}). Check whether this is the same person.</source>
            <translation>같은 연락처의 구직자가 이미 있습니다: {name} ({number}). 같은 사람인지 확인하세요.</translation>
        </message>
        <message>
            <source>A job seeker with the same name and birth date already exists: {name} ({number}). Check whether this is the same person.</source>
            <translation>같은 이름과 생년월일의 구직자가 이미 있습니다: {name} ({number}). 같은 사람인지 확인하세요.</translation>
        </message>
        <message>
            <source>A job seeker with the same initials and birth date already exists: {name} ({number}). Check whether this is the same person.</source>
            <translation>같은 초성과 생년월일의 구직자가 이미 있습니다: {name} ({number}). 같은 사람인지 확인하세요.</translation>
        </message>
        <message>
            <source>{label} '{number}' was not found.</source>
            <translation>{label} '{number}'{number_josa} 찾을 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>registration</name>
        <message>
            <source>Record {id} was not found.</source>
            <translation>{id}번을 찾을 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>retention</name>
        <message>
            <source>Employed</source>
            <extracomment>The states of one checkpoint, in column order. The states' names in English: :func:`state_label` gives them in the language spoken.</extracomment>
            <translation>유지</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>이직</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>미확인</translation>
        </message>
        <message>
            <source>Not yet due</source>
            <translation>도래 전</translation>
        </message>
        <message>
            <source>{months}-month</source>
            <translation>{months}개월</translation>
        </message>
        <message>
            <source>{months} months: must be 1, 3 or 6 months.</source>
            <translation>{months}개월: 1, 3, 6개월 중 하나여야 합니다.</translation>
        </message>
        <message>
            <source>'{state}' is not a retention state.</source>
            <translation>'{state}'{state_josa} 고용유지 상태가 아닙니다.</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(적지 않음)</translation>
        </message>
        <message>
            <source>all</source>
            <translation>전체</translation>
        </message>
        <message>
            <source>Employment retention {period} ({desk}) · reason: {reason}</source>
            <translation>고용유지 현황 {period} ({desk}) · 사유: {reason}</translation>
        </message>
        <message>
            <source>The employment retention details (personal records) of another desk cannot be viewed.</source>
            <translation>다른 창구의 고용유지 상세(개인 기록)는 볼 수 없습니다.</translation>
        </message>
        <message>
            <source>Employment retention details {period} {desk} {checkpoint} {state} ({n} people)</source>
            <translation>고용유지 상세 {period} {desk} {checkpoint} {state} ({n}명)</translation>
        </message>
    </context>
    <context>
        <name>review</name>
        <message>
            <source>Job seeker</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>구인</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>상담</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>알선</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>취업</translation>
        </message>
    </context>
    <context>
        <name>seeker_card</name>
        <message>
            <source>(not asked)</source>
            <translation>(묻지 않음)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>동의</translation>
        </message>
        <message>
            <source>Not agreed</source>
            <translation>동의 안 함</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>구민</translation>
        </message>
        <message>
            <source>Non-resident</source>
            <translation>비구민</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>무효</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>정상</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>성명</translation>
        </message>
        <message>
            <source>Job seeker no.</source>
            <translation>구직자번호</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>생년월일</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>성별</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>연락처</translation>
        </message>
        <message>
            <source>Lives in Geumcheon-gu</source>
            <translation>금천구 거주</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>주소</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>대상 그룹</translation>
        </message>
        <message>
            <source>Registration desk</source>
            <translation>등록창구</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>Assigned counselor</source>
            <translation>담당상담사</translation>
        </message>
        <message>
            <source>Privacy consent date</source>
            <translation>개인정보 동의일</translation>
        </message>
        <message>
            <source>SMS consent</source>
            <translation>SMS 수신</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Desired occupation</source>
            <translation>희망직종</translation>
        </message>
        <message>
            <source>Desired employment type</source>
            <translation>희망 고용형태</translation>
        </message>
        <message>
            <source>Desired wage</source>
            <translation>희망임금</translation>
        </message>
        <message>
            <source>Desired work area</source>
            <translation>희망근무지역</translation>
        </message>
        <message>
            <source>Highest education</source>
            <translation>최종학력</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>자격증</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>업체</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>직무</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>기간</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>내용</translation>
        </message>
        <message>
            <source>Job Seeker Card</source>
            <translation>구 직 표</translation>
        </message>
        <message>
            <source>Geumcheon-gu job counseling desks</source>
            <translation>금천구 일자리 상담창구</translation>
        </message>
        <message>
            <source>Personal details</source>
            <translation>인적 사항</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>등록</translation>
        </message>
        <message>
            <source>Job preferences, education and certificates</source>
            <translation>희망 조건·학력·자격</translation>
        </message>
        <message>
            <source>Work history</source>
            <translation>경력</translation>
        </message>
        <message>
            <source>Recent sessions, referrals and placements</source>
            <translation>최근 상담·알선·취업</translation>
        </message>
        <message>
            <source>Printed by {who}. This document contains personal data: destroy it after use.</source>
            <translation>출력: {who}. 개인정보가 담긴 문서입니다. 쓴 뒤에는 파기하세요.</translation>
        </message>
        <message>
            <source>Print job seeker card</source>
            <translation>구직표 인쇄</translation>
        </message>
        <message>
            <source>The job seeker card contains personal data. Enter the reason for printing it.
&amp;Reason:</source>
            <translation>구직표에는 개인정보가 담깁니다. 인쇄하는 사유를 적으세요.
사유(&amp;R):</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>인쇄</translation>
        </message>
        <message>
            <source>Job seeker card sent to the printer.</source>
            <translation>구직표 인쇄를 보냈습니다.</translation>
        </message>
        <message>
            <source>Save job seeker card as PDF</source>
            <translation>구직표 PDF로 저장</translation>
        </message>
        <message>
            <source>The job seeker card contains personal data. Enter the reason for saving it.
&amp;Reason:</source>
            <translation>구직표에는 개인정보가 담깁니다. 저장하는 사유를 적으세요.
사유(&amp;R):</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <source>job seeker card.pdf</source>
            <translation>구직표.pdf</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 문서 (*.pdf)</translation>
        </message>
        <message>
            <source>Job seeker card saved: {path}</source>
            <translation>구직표를 저장했습니다: {path}</translation>
        </message>
    </context>
    <context>
        <name>statistics</name>
        <message>
            <source>A counselor must give the reason for the export.</source>
            <extracomment>Active counselors and their desks (desk id, name): a row each, even at nothing.</extracomment>
            <translation>상담사는 내보내는 사유를 적어야 합니다.</translation>
        </message>
        <message>
            <source>Statistics table {period}</source>
            <translation>통계표 {period}</translation>
        </message>
        <message>
            <source>Monthly statistics {period}</source>
            <translation>월별 통계 {period}</translation>
        </message>
        <message>
            <source>Statistics table {period} by {dimension}</source>
            <translation>통계표 {period} {dimension}별</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(적지 않음)</translation>
        </message>
        <message>
            <source>{what} · desk: {desk} · reason: {reason}</source>
            <translation>{what} · 창구: {desk} · 사유: {reason}</translation>
        </message>
        <message>
            <source>{what} · reason: {reason}</source>
            <translation>{what} · 사유: {reason}</translation>
        </message>
    </context>
    <context>
        <name>target_groups</name>
        <message>
            <source>A name cannot contain a comma (,) or semicolon (;).</source>
            <translation>이름에 쉼표(,)나 세미콜론(;)을 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>'{name}' is already on the list.</source>
            <translation>'{name}'{name_josa} 이미 목록에 있습니다.</translation>
        </message>
        <message>
            <source>Target group added: {name}</source>
            <translation>대상 그룹 추가: {name}</translation>
        </message>
        <message>
            <source>Target group '{name}' is not on the list.</source>
            <translation>대상 그룹 '{name}'{name_josa} 목록에 없습니다.</translation>
        </message>
        <message>
            <source>Target group retired: {name}</source>
            <translation>대상 그룹 사용 중지: {name}</translation>
        </message>
    </context>
    <context>
        <name>targets</name>
        <message>
            <source>'{measure}' is not a measure.</source>
            <translation>'{measure}'{measure_josa} 지표가 아닙니다.</translation>
        </message>
        <message>
            <source>{target}: must be a whole number of 1 or more.</source>
            <translation>{target}: 1 이상의 정수여야 합니다.</translation>
        </message>
    </context>
    <context>
        <name>widgets</name>
        <message>
            <source>Cancel</source>
            <extracomment>The colour of an error line.</extracomment>
            <translation>취소</translation>
        </message>
    </context>
    <context>
        <name>workbook</name>
        <message>
            <source>'{column}': {message} The cell is left empty.</source>
            <extracomment>The sheets in the order they are read (each may refer to those before it).</extracomment>
            <translation>'{column}' {message} 비워 둡니다.</translation>
        </message>
    </context>
    <context>
        <name>workspace</name>
        <message>
            <source>Administrator</source>
            <translation>관리자</translation>
        </message>
        <message>
            <source>Making the database was cut off, and it has no account. Make it again with 'deskapp init' or 'deskapp demo'.</source>
            <translation>데이터베이스를 만들다가 중단되어 계정이 하나도 없습니다. 'deskapp init' 또는 'deskapp demo'로 다시 만드세요.</translation>
        </message>
        <message>
            <source>The kind of database address '{address}' is unknown. Give a SQLite file path or an address of the form postgresql+psycopg://user@server/database.</source>
            <translation>데이터베이스 주소 '{address}'의 종류를 알 수 없습니다. SQLite 파일 경로나 postgresql+psycopg://사용자@서버/데이터베이스 형식으로 주세요.</translation>
        </message>
    </context>
    <context>
        <name>xlsx</name>
        <message>
            <source>{where}: not read, as it is over {size} once uncompressed. Split the workbook and import the parts.</source>
            <translation>{where}: 압축을 푼 크기가 {size}를 넘어 읽지 않습니다. 통합문서를 나누어 가져오세요.</translation>
        </message>
        <message>
            <source>Reading stopped at {where}: the workbook is over {size} in all once uncompressed. Split the workbook and import the parts.</source>
            <translation>{where}까지 읽는 동안 통합문서의 압축을 푼 크기가 모두 {size}를 넘어 읽지 않습니다. 통합문서를 나누어 가져오세요.</translation>
        </message>
        <message>
            <source>{where}: a single text or tag is over {size} (a cell holds at most {limit:,} characters).</source>
            <translation>{where}: 글자나 태그 하나가 {size}를 넘습니다 (한 셀은 {limit:,}자까지입니다).</translation>
        </message>
        <message>
            <source>The character encoding '{encoding}' of {where} cannot be used in xlsx (UTF-8 or UTF-16 only)</source>
            <translation>{where}의 문자 인코딩 '{encoding}'{encoding_josa} xlsx에 쓸 수 없습니다 (UTF-8, UTF-16만)</translation>
        </message>
        <message>
            <source>{where} has a DTD (&lt;!DOCTYPE ...&gt;). xlsx does not use one, so it is not read</source>
            <translation>{where}에 DTD(&lt;!DOCTYPE ...&gt;)가 있습니다. xlsx에는 쓰지 않는 것이라 읽지 않습니다</translation>
        </message>
        <message>
            <source>The XML declaration of {where} is too long</source>
            <translation>{where}의 XML 선언부가 너무 깁니다</translation>
        </message>
        <message>
            <source>Invalid cell reference '{reference}'</source>
            <translation>잘못된 셀 주소 '{reference}'</translation>
        </message>
        <message>
            <source>Not a zip file ({error})</source>
            <translation>zip 파일이 아닙니다 ({error})</translation>
        </message>
        <message>
            <source>The workbook's structure is not valid ({error})</source>
            <translation>통합문서 구조가 올바르지 않습니다 ({error})</translation>
        </message>
        <message>
            <source>{where}: not read, as it says it is {size} once uncompressed, over the limit of {limit}. Split the workbook and import the parts.</source>
            <translation>{where}: 압축을 풀면 {size}라고 적혀 있어, 한도 {limit}를 넘으므로 읽지 않습니다. 통합문서를 나누어 가져오세요.</translation>
        </message>
        <message>
            <source>'{part}' has over {limit:,} relationships.</source>
            <translation>'{part}'의 관계가 {limit:,}개를 넘습니다.</translation>
        </message>
        <message>
            <source>The workbook has over {limit:,} sheets.</source>
            <translation>통합문서의 시트가 {limit:,}개를 넘습니다.</translation>
        </message>
        <message>
            <source>shared strings table ('{part}')</source>
            <translation>공유 문자열 표('{part}')</translation>
        </message>
        <message>
            <source>{where}: string {n:,} has over {limit:,} XML elements.</source>
            <translation>{where}: {n:,}번째 문자열에 XML 요소가 {limit:,}개를 넘습니다.</translation>
        </message>
        <message>
            <source>{where}: string {n:,} is longer than the {limit:,} characters a cell can hold.</source>
            <translation>{where}: {n:,}번째 문자열이 한 셀에 들어갈 수 있는 {limit:,}자를 넘습니다.</translation>
        </message>
        <message>
            <source>{where}: the shared strings are over {limit:,} characters in all. Split the workbook and import the parts.</source>
            <translation>{where}: 공유 문자열의 글자가 모두 {limit:,}자를 넘습니다. 통합문서를 나누어 가져오세요.</translation>
        </message>
        <message>
            <source>'{part}' has over {limit:,} cell formats.</source>
            <translation>'{part}'의 서식이 {limit:,}개를 넘습니다.</translation>
        </message>
        <message>
            <source>sheet '{sheet}'</source>
            <translation>시트 '{sheet}'</translation>
        </message>
        <message>
            <source>Cannot read sheet '{sheet}' ({error})</source>
            <translation>시트 '{sheet}'{sheet_josa} 읽을 수 없습니다 ({error})</translation>
        </message>
        <message>
            <source>Sheet '{sheet}': a cell near row {row} has over {limit:,} XML elements.</source>
            <translation>시트 '{sheet}' {row}행 근처의 셀 하나에 XML 요소가 {limit:,}개를 넘습니다.</translation>
        </message>
        <message>
            <source>A row near row {row} has over {limit:,} cells</source>
            <translation>{row}행 근처의 한 행에 셀이 {limit:,}개를 넘습니다</translation>
        </message>
        <message>
            <source>Row number {row} is not valid</source>
            <translation>행 번호 {row}{row_josa} 올바르지 않습니다</translation>
        </message>
        <message>
            <source>Reading stopped at {where}: over {limit:,} XML elements (cells, rows and so on) in all. Split the workbook and import the parts.</source>
            <translation>{where}까지 읽은 XML 요소(셀, 행 등)가 모두 {limit:,}개를 넘어 더 읽지 않습니다. 통합문서를 나누어 가져오세요.</translation>
        </message>
        <message>
            <source>Sheet '{sheet}' has over {limit:,} rows with values (stopped at row {row:,}). An import takes at most {limit:,} rows per sheet (the district's largest workbook has about 50,000 rows in all). Split the workbook and import the parts.</source>
            <translation>시트 '{sheet}'에 값이 있는 행이 {limit:,}개를 넘습니다 ({row:,}행에서 멈춤). 한 번에 가져올 수 있는 행은 시트마다 {limit:,}개까지입니다 (구청의 가장 큰 통합문서도 모두 약 5만 행). 통합문서를 나누어 가져오세요.</translation>
        </message>
        <message>
            <source>{where}: over {limit:,} shared strings ({declared:,} declared). Split the workbook and import the parts.</source>
            <translation>{where}: 공유 문자열이 {limit:,}개를 넘습니다 ({declared:,}개라고 적혀 있음). 통합문서를 나누어 가져오세요.</translation>
        </message>
        <message>
            <source>{where}: over {limit:,} shared strings. Split the workbook and import the parts.</source>
            <translation>{where}: 공유 문자열이 {limit:,}개를 넘습니다. 통합문서를 나누어 가져오세요.</translation>
        </message>
        <message>
            <source>row {row}, column {column}</source>
            <translation>{row}행 {column}번째 열</translation>
        </message>
        <message>
            <source>Sheet '{sheet}': cell {cell} has {length:,} characters, more than the {limit:,} a cell can hold.</source>
            <translation>시트 '{sheet}' {cell} 셀의 글자가 {length:,}자로, 한 셀에 들어갈 수 있는 {limit:,}자를 넘습니다.</translation>
        </message>
    </context>
</TS>

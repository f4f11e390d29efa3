<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name />
        <message>
            <source>상담일</source>
            <translation>상담일</translation>
        </message>
        <message>
            <source>구직자</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>고용형태</source>
            <translation>고용형태</translation>
        </message>
        <message>
            <source>채용</source>
            <translation>채용</translation>
        </message>
        <message>
            <source>상담방법</source>
            <translation>상담방법</translation>
        </message>
        <message>
            <source>상담사</source>
            <translation>상담사</translation>
        </message>
        <message>
            <source>다음 연락일</source>
            <translation>다음 연락일</translation>
        </message>
        <message>
            <source>미정</source>
            <translation>미정</translation>
        </message>
        <message>
            <source>알선일</source>
            <translation>알선일</translation>
        </message>
        <message>
            <source>결과</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>취업일</source>
            <translation>취업일</translation>
        </message>
        <message>
            <source>확인방법</source>
            <translation>확인방법</translation>
        </message>
        <message>
            <source>시각</source>
            <translation>시각</translation>
        </message>
        <message>
            <source>계정</source>
            <translation>계정</translation>
        </message>
        <message>
            <source>항목</source>
            <translation>항목</translation>
        </message>
        <message>
            <source>이전 값</source>
            <translation>이전 값</translation>
        </message>
        <message>
            <source>(파기)</source>
            <translation>(파기)</translation>
        </message>
        <message>
            <source>새 값</source>
            <translation>새 값</translation>
        </message>
        <message>
            <source>사유</source>
            <translation>사유</translation>
        </message>
        <message>
            <source>연락할 날</source>
            <translation>연락할 날</translation>
        </message>
        <message>
            <source>지난 상담일</source>
            <translation>지난 상담일</translation>
        </message>
        <message>
            <source>성명</source>
            <translation>성명</translation>
        </message>
        <message>
            <source>생년월일</source>
            <translation>생년월일</translation>
        </message>
        <message>
            <source>연락처</source>
            <translation>연락처</translation>
        </message>
        <message>
            <source>등록창구</source>
            <translation>등록창구</translation>
        </message>
        <message>
            <source>등록일</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>구직자번호</source>
            <translation>구직자번호</translation>
        </message>
        <message>
            <source>날짜</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>구분</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>내용</source>
            <translation>내용</translation>
        </message>
        <message>
            <source>상세</source>
            <translation>상세</translation>
        </message>
        <message>
            <source>상태</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>희망직종({job})과 맞음</source>
            <translation>희망직종({job})과 맞음</translation>
        </message>
        <message>
            <source>맞는 이유</source>
            <translation>맞는 이유</translation>
        </message>
        <message>
            <source>업체명</source>
            <translation>업체명</translation>
        </message>
        <message>
            <source>모집직종</source>
            <translation>모집직종</translation>
        </message>
        <message>
            <source>인원</source>
            <translation>인원</translation>
        </message>
        <message>
            <source>임금</source>
            <translation>임금</translation>
        </message>
        <message>
            <source>마감일</source>
            <translation>마감일</translation>
        </message>
        <message>
            <source>구인번호</source>
            <translation>구인번호</translation>
        </message>
        <message>
            <source>업체 · 모집직종</source>
            <translation>업체 · 모집직종</translation>
        </message>
        <message>
            <source>마감 사유</source>
            <translation>마감 사유</translation>
        </message>
        <message>
            <source>까닭</source>
            <translation>까닭</translation>
        </message>
        <message>
            <source>record_edit</source>
            <comment>바뀐 항목이 없습니다.</comment>
            <translation>record_edit</translation>
        </message>
        <message>
            <source>record_edit</source>
            <comment>{kind} {number} 수정: {fields}</comment>
            <translation>record_edit</translation>
        </message>
        <message>
            <source>일자</source>
            <translation>일자</translation>
        </message>
        <message>
            <source>신규 발굴</source>
            <translation>신규 발굴</translation>
        </message>
        <message>
            <source>신규</source>
            <translation>신규</translation>
        </message>
        <message>
            <source>다음 할 일</source>
            <translation>다음 할 일</translation>
        </message>
        <message>
            <source>다음 일자</source>
            <translation>다음 일자</translation>
        </message>
        <message>
            <source>완료</source>
            <translation>완료</translation>
        </message>
        <message>
            <source>협약일</source>
            <translation>협약일</translation>
        </message>
        <message>
            <source>기간</source>
            <translation>기간</translation>
        </message>
        <message>
            <source>약정 인원</source>
            <translation>약정 인원</translation>
        </message>
        <message>
            <source>구민 채용</source>
            <translation>구민 채용</translation>
        </message>
    </context>
    <context>
        <name>AccessLogDialog</name>
        <message>
            <source>접속기록</source>
            <extracomment>At most this many lines are read for one query; a longer period asks for a narrower one. The filters of the lines shown (period, actions, account): what 저장 writes.</extracomment>
            <translation>접속기록</translation>
        </message>
        <message>
            <source>시작일</source>
            <translation>시작일</translation>
        </message>
        <message>
            <source>종료일</source>
            <translation>종료일</translation>
        </message>
        <message>
            <source>전체</source>
            <translation>전체</translation>
        </message>
        <message>
            <source>행위</source>
            <translation>행위</translation>
        </message>
        <message>
            <source>모든 계정</source>
            <translation>모든 계정</translation>
        </message>
        <message>
            <source>계정</source>
            <translation>계정</translation>
        </message>
        <message>
            <source>조회(&amp;Q)</source>
            <translation>조회(&amp;Q)</translation>
        </message>
        <message>
            <source>조건에 맞는 접속기록을 최근 것부터 보입니다 (Enter)</source>
            <translation>조건에 맞는 접속기록을 최근 것부터 보입니다 (Enter)</translation>
        </message>
        <message>
            <source>CSV로 저장(&amp;S)…</source>
            <translation>CSV로 저장(&amp;S)…</translation>
        </message>
        <message>
            <source>보이는 접속기록을 조회한 조건(기간·행위·계정) 그대로 CSV 파일로 저장합니다.</source>
            <translation>보이는 접속기록을 조회한 조건(기간·행위·계정) 그대로 CSV 파일로 저장합니다.</translation>
        </message>
        <message>
            <source>기간(&amp;P):</source>
            <translation>기간(&amp;P):</translation>
        </message>
        <message>
            <source>행위(&amp;A):</source>
            <translation>행위(&amp;A):</translation>
        </message>
        <message>
            <source>계정(&amp;U):</source>
            <translation>계정(&amp;U):</translation>
        </message>
        <message>
            <source>년</source>
            <translation>년</translation>
        </message>
        <message>
            <source>연도</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>{month}월</source>
            <translation>{month}월</translation>
        </message>
        <message>
            <source>월</source>
            <translation>월</translation>
        </message>
        <message>
            <source>점검 조회(&amp;V)</source>
            <translation>점검 조회(&amp;V)</translation>
        </message>
        <message>
            <source>월간 점검</source>
            <translation>월간 점검</translation>
        </message>
        <message>
            <source>점검할 달(&amp;O):</source>
            <translation>점검할 달(&amp;O):</translation>
        </message>
        <message>
            <source>한 달 동안의 내려받기·내보내기·인쇄·가져오기를 그 사유와 함께 보입니다. 개인정보를 밖으로 가져간 일이 정당했는지 매달 점검하세요.</source>
            <translation>한 달 동안의 내려받기·내보내기·인쇄·가져오기를 그 사유와 함께 보입니다. 개인정보를 밖으로 가져간 일이 정당했는지 매달 점검하세요.</translation>
        </message>
        <message>
            <source>접속기록(&amp;L)</source>
            <translation>접속기록(&amp;L)</translation>
        </message>
        <message>
            <source>월간 점검(&amp;M)</source>
            <translation>월간 점검(&amp;M)</translation>
        </message>
        <message>
            <source>{period} 접속기록을 읽는 중…</source>
            <translation>{period} 접속기록을 읽는 중…</translation>
        </message>
        <message>
            <source>{period}: {n:,}건 (최근 것부터)</source>
            <translation>{period}: {n:,}건 (최근 것부터)</translation>
        </message>
        <message>
            <source>— 최근 {n:,}건만 보입니다. 기간이나 조건을 좁히세요.</source>
            <translation>— 최근 {n:,}건만 보입니다. 기간이나 조건을 좁히세요.</translation>
        </message>
        <message>
            <source>{period} 점검 대상을 읽는 중…</source>
            <translation>{period} 점검 대상을 읽는 중…</translation>
        </message>
        <message>
            <source>{action} {n}건</source>
            <translation>{action} {n}건</translation>
        </message>
        <message>
            <source>{year}년 {month}월: {parts}</source>
            <translation>{year}년 {month}월: {parts}</translation>
        </message>
        <message>
            <source>접속기록_{start}_{end}.csv</source>
            <translation>접속기록_{start}_{end}.csv</translation>
        </message>
        <message>
            <source>접속기록 CSV로 저장</source>
            <translation>접속기록 CSV로 저장</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>저장했습니다: {path}</source>
            <translation>저장했습니다: {path}</translation>
        </message>
        <message>
            <source>CSV 파일을 쓰는 중…</source>
            <translation>CSV 파일을 쓰는 중…</translation>
        </message>
    </context>
    <context>
        <name>AccessLogModel</name>
        <message>
            <source>시각</source>
            <translation>시각</translation>
        </message>
        <message>
            <source>계정</source>
            <translation>계정</translation>
        </message>
        <message>
            <source>호스트</source>
            <translation>호스트</translation>
        </message>
        <message>
            <source>행위</source>
            <translation>행위</translation>
        </message>
        <message>
            <source>대상</source>
            <translation>대상</translation>
        </message>
        <message>
            <source>내용</source>
            <translation>내용</translation>
        </message>
    </context>
    <context>
        <name>AccountEventsModel</name>
        <message>
            <source>계정 추가</source>
            <translation>계정 추가</translation>
        </message>
        <message>
            <source>사용 중지</source>
            <translation>사용 중지</translation>
        </message>
        <message>
            <source>다시 사용</source>
            <translation>다시 사용</translation>
        </message>
        <message>
            <source>비밀번호 재설정</source>
            <translation>비밀번호 재설정</translation>
        </message>
        <message>
            <source>역할·창구 변경</source>
            <translation>역할·창구 변경</translation>
        </message>
        <message>
            <source>시각</source>
            <translation>시각</translation>
        </message>
        <message>
            <source>처리한 계정</source>
            <translation>처리한 계정</translation>
        </message>
        <message>
            <source>대상 계정</source>
            <translation>대상 계정</translation>
        </message>
        <message>
            <source>작업</source>
            <translation>작업</translation>
        </message>
        <message>
            <source>내용</source>
            <translation>내용</translation>
        </message>
    </context>
    <context>
        <name>AccountFormDialog</name>
        <message>
            <source>계정 추가</source>
            <translation>계정 추가</translation>
        </message>
        <message>
            <source>영문자로 시작, 영문·숫자 2~40자</source>
            <translation>영문자로 시작, 영문·숫자 2~40자</translation>
        </message>
        <message>
            <source>예: 김상담</source>
            <translation>예: 김상담</translation>
        </message>
        <message>
            <source>(없음)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>8자 이상, 문자와 숫자</source>
            <translation>8자 이상, 문자와 숫자</translation>
        </message>
        <message>
            <source>사용자 이름(&amp;U):</source>
            <translation>사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <source>표시 이름(&amp;N):</source>
            <translation>표시 이름(&amp;N):</translation>
        </message>
        <message>
            <source>역할(&amp;R):</source>
            <translation>역할(&amp;R):</translation>
        </message>
        <message>
            <source>창구(&amp;D):</source>
            <translation>창구(&amp;D):</translation>
        </message>
        <message>
            <source>비밀번호(&amp;P):</source>
            <translation>비밀번호(&amp;P):</translation>
        </message>
        <message>
            <source>비밀번호 확인(&amp;C):</source>
            <translation>비밀번호 확인(&amp;C):</translation>
        </message>
        <message>
            <source>상담사 계정에는 창구가 필요합니다.</source>
            <translation>상담사 계정에는 창구가 필요합니다.</translation>
        </message>
        <message>
            <source>추가(&amp;A)</source>
            <translation>추가(&amp;A)</translation>
        </message>
        <message>
            <source>비밀번호와 비밀번호 확인이 같지 않습니다.</source>
            <translation>비밀번호와 비밀번호 확인이 같지 않습니다.</translation>
        </message>
        <message>
            <source>계정을 만드는 중…</source>
            <translation>계정을 만드는 중…</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>계정 관리</source>
            <translation>계정 관리</translation>
        </message>
        <message>
            <source>계정 목록</source>
            <translation>계정 목록</translation>
        </message>
        <message>
            <source>계정 변경 기록</source>
            <translation>계정 변경 기록</translation>
        </message>
        <message>
            <source>추가(&amp;N)…</source>
            <translation>추가(&amp;N)…</translation>
        </message>
        <message>
            <source>역할·창구 변경(&amp;R)…</source>
            <translation>역할·창구 변경(&amp;R)…</translation>
        </message>
        <message>
            <source>비밀번호 재설정(&amp;P)…</source>
            <translation>비밀번호 재설정(&amp;P)…</translation>
        </message>
        <message>
            <source>사용 중지(&amp;D)</source>
            <translation>사용 중지(&amp;D)</translation>
        </message>
        <message>
            <source>새로 고침</source>
            <translation>새로 고침</translation>
        </message>
        <message>
            <source>목록을 다시 읽습니다 (F5)</source>
            <translation>목록을 다시 읽습니다 (F5)</translation>
        </message>
        <message>
            <source>계정(&amp;L)</source>
            <translation>계정(&amp;L)</translation>
        </message>
        <message>
            <source>변경 기록(&amp;H)</source>
            <translation>변경 기록(&amp;H)</translation>
        </message>
        <message>
            <source>계정 목록을 읽는 중…</source>
            <translation>계정 목록을 읽는 중…</translation>
        </message>
        <message>
            <source>계정 {n}개 (사용 중 {active}개)</source>
            <translation>계정 {n}개 (사용 중 {active}개)</translation>
        </message>
        <message>
            <source>다시 사용(&amp;E)</source>
            <translation>다시 사용(&amp;E)</translation>
        </message>
        <message>
            <source>사용 중지한 계정을 다시 쓸 수 있게 합니다.</source>
            <translation>사용 중지한 계정을 다시 쓸 수 있게 합니다.</translation>
        </message>
        <message>
            <source>계정으로 더는 로그인할 수 없게 합니다 (기록은 남습니다).</source>
            <translation>계정으로 더는 로그인할 수 없게 합니다 (기록은 남습니다).</translation>
        </message>
        <message>
            <source>{username} 계정을 저장했습니다.</source>
            <translation>{username} 계정을 저장했습니다.</translation>
        </message>
        <message>
            <source>{username} 계정을 다시 사용하게 했습니다.</source>
            <translation>{username} 계정을 다시 사용하게 했습니다.</translation>
        </message>
        <message>
            <source>{username} 계정을 사용 중지했습니다.</source>
            <translation>{username} 계정을 사용 중지했습니다.</translation>
        </message>
        <message>
            <source>{username} 계정을 다시 사용하게 하는 중…</source>
            <translation>{username} 계정을 다시 사용하게 하는 중…</translation>
        </message>
        <message>
            <source>{username} 계정을 사용 중지하는 중…</source>
            <translation>{username} 계정을 사용 중지하는 중…</translation>
        </message>
    </context>
    <context>
        <name>AddEmployerForm</name>
        <message>
            <source>참여업체 추가 — {name}</source>
            <translation>참여업체 추가 — {name}</translation>
        </message>
        <message>
            <source>업체(&amp;E)</source>
            <translation>업체(&amp;E)</translation>
        </message>
        <message>
            <source>모집인원(&amp;R)</source>
            <translation>모집인원(&amp;R)</translation>
        </message>
        <message>
            <source>구인(&amp;J)</source>
            <translation>구인(&amp;J)</translation>
        </message>
        <message>
            <source>(없음)</source>
            <translation>(없음)</translation>
        </message>
    </context>
    <context>
        <name>AddParticipantForm</name>
        <message>
            <source>참여자 추가 — {name}</source>
            <translation>참여자 추가 — {name}</translation>
        </message>
        <message>
            <source>참여자</source>
            <translation>참여자</translation>
        </message>
        <message>
            <source>구직자(&amp;S)</source>
            <translation>구직자(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>AdminTools</name>
        <message>
            <source>이 PC에서는 계정 관리·개인정보 파기를 할 수 없습니다</source>
            <translation>이 PC에서는 계정 관리·개인정보 파기를 할 수 없습니다</translation>
        </message>
        <message>
            <source>관리(&amp;A)</source>
            <translation>관리(&amp;A)</translation>
        </message>
        <message>
            <source>계정 관리(&amp;A)…</source>
            <translation>계정 관리(&amp;A)…</translation>
        </message>
        <message>
            <source>계정을 추가하고, 사용 중지하고, 비밀번호와 역할을 바꿉니다.</source>
            <translation>계정을 추가하고, 사용 중지하고, 비밀번호와 역할을 바꿉니다.</translation>
        </message>
        <message>
            <source>접속기록(&amp;L)…</source>
            <translation>접속기록(&amp;L)…</translation>
        </message>
        <message>
            <source>누가 언제 무엇을 했는지 보고, CSV로 저장하고, 매달 점검합니다.</source>
            <translation>누가 언제 무엇을 했는지 보고, CSV로 저장하고, 매달 점검합니다.</translation>
        </message>
        <message>
            <source>백업·복원(&amp;B)…</source>
            <translation>백업·복원(&amp;B)…</translation>
        </message>
        <message>
            <source>데이터베이스 사본을 만들거나 사본에서 되살립니다.</source>
            <translation>데이터베이스 사본을 만들거나 사본에서 되살립니다.</translation>
        </message>
        <message>
            <source>개인정보 파기(&amp;P)…</source>
            <translation>개인정보 파기(&amp;P)…</translation>
        </message>
        <message>
            <source>오래 활동이 없는 구직자의 개인정보를 지웁니다 (통계는 그대로).</source>
            <translation>오래 활동이 없는 구직자의 개인정보를 지웁니다 (통계는 그대로).</translation>
        </message>
        <message>
            <source>직업분류 불러오기(&amp;O)…</source>
            <translation>직업분류 불러오기(&amp;O)…</translation>
        </message>
        <message>
            <source>직업분류(KECO)를 새 공식 CSV 파일의 것으로 바꾸고, 직업 코드가 없는 기록에 코드를 붙입니다.</source>
            <translation>직업분류(KECO)를 새 공식 CSV 파일의 것으로 바꾸고, 직업 코드가 없는 기록에 코드를 붙입니다.</translation>
        </message>
        <message>
            <source>데이터베이스 검사(&amp;C)</source>
            <translation>데이터베이스 검사(&amp;C)</translation>
        </message>
        <message>
            <source>무결성을 검사하고 통계를 기록 전수 조회와 대조합니다.</source>
            <translation>무결성을 검사하고 통계를 기록 전수 조회와 대조합니다.</translation>
        </message>
        <message>
            <source>화면 잠금 설정(&amp;S)…</source>
            <translation>화면 잠금 설정(&amp;S)…</translation>
        </message>
        <message>
            <source>입력이 없을 때 화면을 잠글 시간을 정합니다.</source>
            <translation>입력이 없을 때 화면을 잠글 시간을 정합니다.</translation>
        </message>
        <message>
            <source>화면 잠그기(&amp;K)</source>
            <translation>화면 잠그기(&amp;K)</translation>
        </message>
        <message>
            <source>자리를 비울 때 화면을 잠급니다 (비밀번호로 다시 엽니다).</source>
            <translation>자리를 비울 때 화면을 잠급니다 (비밀번호로 다시 엽니다).</translation>
        </message>
        <message>
            <source>입력 없이 {n}분이 지나면 화면을 잠급니다.</source>
            <translation>입력 없이 {n}분이 지나면 화면을 잠급니다.</translation>
        </message>
        <message>
            <source>복원한 사본의 데이터를 보여 줍니다: {source}</source>
            <translation>복원한 사본의 데이터를 보여 줍니다: {source}</translation>
        </message>
    </context>
    <context>
        <name>AgreementForm</name>
        <message>
            <source>0 이상의 정수를 입력하세요.</source>
            <translation>0 이상의 정수를 입력하세요.</translation>
        </message>
        <message>
            <source>구민 우선 채용 협약 — {name}</source>
            <translation>구민 우선 채용 협약 — {name}</translation>
        </message>
        <message>
            <source>업체</source>
            <translation>업체</translation>
        </message>
        <message>
            <source>협약일(&amp;D)</source>
            <translation>협약일(&amp;D)</translation>
        </message>
        <message>
            <source>시작일(&amp;S)</source>
            <translation>시작일(&amp;S)</translation>
        </message>
        <message>
            <source>종료일(&amp;E)</source>
            <translation>종료일(&amp;E)</translation>
        </message>
        <message>
            <source>채용 약정 인원(&amp;P)</source>
            <translation>채용 약정 인원(&amp;P)</translation>
        </message>
        <message>
            <source>내용(&amp;M)</source>
            <translation>내용(&amp;M)</translation>
        </message>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>시작일보다 빠를 수 없습니다.</source>
            <translation>시작일보다 빠를 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundCheck</name>
        <message>
            <source>데이터베이스를 검사하는 중…</source>
            <translation>데이터베이스를 검사하는 중…</translation>
        </message>
        <message>
            <source>⚠ 마지막 검사에서 파일 손상을 찾았습니다 — 백업에서 복원하세요</source>
            <translation>⚠ 마지막 검사에서 파일 손상을 찾았습니다 — 백업에서 복원하세요</translation>
        </message>
        <message>
            <source>데이터베이스 검사: 이상 없음</source>
            <translation>데이터베이스 검사: 이상 없음</translation>
        </message>
        <message>
            <source>⚠ 데이터베이스 검사: 문제 {n}건 — &lt;a href='#'&gt;자세히&lt;/a&gt;</source>
            <translation>⚠ 데이터베이스 검사: 문제 {n}건 — &lt;a href='#'&gt;자세히&lt;/a&gt;</translation>
        </message>
        <message>
            <source>⚠ 데이터베이스 검사를 하지 못했습니다 — &lt;a href='#'&gt;자세히&lt;/a&gt;</source>
            <translation>⚠ 데이터베이스 검사를 하지 못했습니다 — &lt;a href='#'&gt;자세히&lt;/a&gt;</translation>
        </message>
    </context>
    <context>
        <name>BackupCopiesModel</name>
        <message>
            <source>지금 백업</source>
            <translation>지금 백업</translation>
        </message>
        <message>
            <source>매일 자동</source>
            <translation>매일 자동</translation>
        </message>
        <message>
            <source>가져오기 전</source>
            <translation>가져오기 전</translation>
        </message>
        <message>
            <source>파기 전</source>
            <translation>파기 전</translation>
        </message>
        <message>
            <source>복원 전</source>
            <translation>복원 전</translation>
        </message>
        <message>
            <source>만든 시각</source>
            <translation>만든 시각</translation>
        </message>
        <message>
            <source>종류</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>크기</source>
            <translation>크기</translation>
        </message>
        <message>
            <source>파일</source>
            <translation>파일</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>백업·복원</source>
            <translation>백업·복원</translation>
        </message>
        <message>
            <source>사본은 {folder}에 만듭니다. 최근 사본 10개와 최근 7일·4주·12개월의 가장 새 사본을 남기고 나머지는 지웁니다.</source>
            <translation>사본은 {folder}에 만듭니다. 최근 사본 10개와 최근 7일·4주·12개월의 가장 새 사본을 남기고 나머지는 지웁니다.</translation>
        </message>
        <message>
            <source>지금 백업(&amp;B)</source>
            <translation>지금 백업(&amp;B)</translation>
        </message>
        <message>
            <source>선택한 사본으로 복원(&amp;R)…</source>
            <translation>선택한 사본으로 복원(&amp;R)…</translation>
        </message>
        <message>
            <source>파일에서 복원(&amp;F)…</source>
            <translation>파일에서 복원(&amp;F)…</translation>
        </message>
        <message>
            <source>백업 사본 목록</source>
            <translation>백업 사본 목록</translation>
        </message>
        <message>
            <source>사본 {n}개</source>
            <translation>사본 {n}개</translation>
        </message>
        <message>
            <source>사본 목록을 읽는 중…</source>
            <translation>사본 목록을 읽는 중…</translation>
        </message>
        <message>
            <source>백업했습니다: {path}</source>
            <translation>백업했습니다: {path}</translation>
        </message>
        <message>
            <source>데이터베이스를 복사하는 중…</source>
            <translation>데이터베이스를 복사하는 중…</translation>
        </message>
        <message>
            <source>복원할 데이터베이스 사본</source>
            <translation>복원할 데이터베이스 사본</translation>
        </message>
        <message>
            <source>deskapp 데이터베이스 (*.sqlite3 *.sqlite *.db);;모든 파일 (*)</source>
            <translation>deskapp 데이터베이스 (*.sqlite3 *.sqlite *.db);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>(파일)</source>
            <translation>(파일)</translation>
        </message>
        <message>
            <source>{name}에서 복원했습니다. 이제 창의 데이터는 이 사본의 데이터입니다. 복원 전 데이터는 {saved}에 저장했습니다.</source>
            <translation>{name}에서 복원했습니다. 이제 창의 데이터는 이 사본의 데이터입니다. 복원 전 데이터는 {saved}에 저장했습니다.</translation>
        </message>
        <message>
            <source>지금 데이터를 저장하고 {name}에서 복원하는 중…</source>
            <translation>지금 데이터를 저장하고 {name}에서 복원하는 중…</translation>
        </message>
    </context>
    <context>
        <name>BehindDialog</name>
        <message>
            <source>총 계</source>
            <translation>총 계</translation>
        </message>
        <message>
            <source>{group} · {measure} ({period})</source>
            <translation>{group} · {measure} ({period})</translation>
        </message>
        <message>
            <source>불러오는 중…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <source>실적 명단</source>
            <translation>실적 명단</translation>
        </message>
        <message>
            <source>{count}건 (합계 {total}). 사람에서 Enter: 그 구직자의 기록</source>
            <translation>{count}건 (합계 {total}). 사람에서 Enter: 그 구직자의 기록</translation>
        </message>
    </context>
    <context>
        <name>BehindModel</name>
        <message>
            <source>일자</source>
            <translation>일자</translation>
        </message>
        <message>
            <source>행사</source>
            <translation>행사</translation>
        </message>
        <message>
            <source>대상</source>
            <translation>대상</translation>
        </message>
        <message>
            <source>내용</source>
            <translation>내용</translation>
        </message>
        <message>
            <source>인원</source>
            <translation>인원</translation>
        </message>
    </context>
    <context>
        <name>BreakdownTableModel</name>
        <message>
            <source>구 분</source>
            <translation>구 분</translation>
        </message>
        <message>
            <source>나눔</source>
            <translation>나눔</translation>
        </message>
    </context>
    <context>
        <name>CaseworkTools</name>
        <message>
            <source>사후관리</source>
            <translation>사후관리</translation>
        </message>
        <message>
            <source>구직자 병합(&amp;G)…</source>
            <translation>구직자 병합(&amp;G)…</translation>
        </message>
        <message>
            <source>한 사람의 중복 기록을 하나로 합치거나 되돌립니다.</source>
            <translation>한 사람의 중복 기록을 하나로 합치거나 되돌립니다.</translation>
        </message>
    </context>
    <context>
        <name>CertificateForm</name>
        <message>
            <source>자격 취득 — {name}</source>
            <translation>자격 취득 — {name}</translation>
        </message>
        <message>
            <source>참여자</source>
            <translation>참여자</translation>
        </message>
        <message>
            <source>자격증(&amp;N)</source>
            <translation>자격증(&amp;N)</translation>
        </message>
        <message>
            <source>취득일(&amp;D)</source>
            <translation>취득일(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>ChangeEmployerForm</name>
        <message>
            <source>참여업체 수정 — {name}</source>
            <translation>참여업체 수정 — {name}</translation>
        </message>
        <message>
            <source>행사</source>
            <translation>행사</translation>
        </message>
        <message>
            <source>업체</source>
            <translation>업체</translation>
        </message>
        <message>
            <source>모집인원(&amp;R)</source>
            <translation>모집인원(&amp;R)</translation>
        </message>
        <message>
            <source>(없음)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>구인(&amp;J)</source>
            <translation>구인(&amp;J)</translation>
        </message>
        <message>
            <source>수정 사유(&amp;Y)</source>
            <translation>수정 사유(&amp;Y)</translation>
        </message>
        <message>
            <source>예: 모집인원 바뀜</source>
            <translation>예: 모집인원 바뀜</translation>
        </message>
    </context>
    <context>
        <name>CheckReportDialog</name>
        <message>
            <source>데이터베이스 검사</source>
            <translation>데이터베이스 검사</translation>
        </message>
        <message>
            <source>검사에서 찾은 문제</source>
            <translation>검사에서 찾은 문제</translation>
        </message>
        <message>
            <source>다시 검사(&amp;R)</source>
            <translation>다시 검사(&amp;R)</translation>
        </message>
        <message>
            <source>없음</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>문제가 없습니다. 무결성과 참조 무결성을 검사했고, 통계를 기록 전수 조회와 대조했습니다 (연도: {years}).</source>
            <translation>문제가 없습니다. 무결성과 참조 무결성을 검사했고, 통계를 기록 전수 조회와 대조했습니다 (연도: {years}).</translation>
        </message>
        <message>
            <source>데이터베이스 검사에서 문제를 {n}건 찾았습니다.</source>
            <translation>데이터베이스 검사에서 문제를 {n}건 찾았습니다.</translation>
        </message>
        <message>
            <source>통계를 내보내기 전에 백업 사본에서 복원하거나 기술 담당자에게 문의하세요.</source>
            <translation>통계를 내보내기 전에 백업 사본에서 복원하거나 기술 담당자에게 문의하세요.</translation>
        </message>
        <message>
            <source>관리자에게 알리세요.</source>
            <translation>관리자에게 알리세요.</translation>
        </message>
        <message>
            <source>데이터베이스를 검사하지 못했습니다: {message}</source>
            <translation>데이터베이스를 검사하지 못했습니다: {message}</translation>
        </message>
    </context>
    <context>
        <name>ClassificationLoader</name>
        <message>
            <source>불러올 직업분류 파일</source>
            <translation>불러올 직업분류 파일</translation>
        </message>
        <message>
            <source>직업분류 CSV 파일 (*.csv);;모든 파일 (*)</source>
            <translation>직업분류 CSV 파일 (*.csv);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>직업분류를 불러오는 중: {name}</source>
            <translation>직업분류를 불러오는 중: {name}</translation>
        </message>
        <message>
            <source>직업분류 불러오기</source>
            <translation>직업분류 불러오기</translation>
        </message>
        <message>
            <source>직업분류 {n:,}개 항목을 불러왔습니다.</source>
            <translation>직업분류 {n:,}개 항목을 불러왔습니다.</translation>
        </message>
        <message>
            <source>직업분류 {n:,}개 항목을 불러왔습니다 ({name}).</source>
            <translation>직업분류 {n:,}개 항목을 불러왔습니다 ({name}).</translation>
        </message>
        <message>
            <source>파일: {name}</source>
            <translation>파일: {name}</translation>
        </message>
        <message>
            <source>직업 코드가 없던 구직자·구인 기록 {n:,}건에 코드를 붙였습니다.</source>
            <translation>직업 코드가 없던 구직자·구인 기록 {n:,}건에 코드를 붙였습니다.</translation>
        </message>
        <message>
            <source>지금 쓰는 직업분류는 그대로입니다.</source>
            <translation>지금 쓰는 직업분류는 그대로입니다.</translation>
        </message>
    </context>
    <context>
        <name>CloseConfirmDialog</name>
        <message>
            <source>{year}년 {month}월 마감</source>
            <translation>{year}년 {month}월 마감</translation>
        </message>
        <message>
            <source>{year}년 {month}월을 마감하면 아래 수치가 고정되고, 이 달의 기록은 팀장이 마감을 풀 때까지 추가·수정·무효 처리할 수 없습니다.
마감할까요?</source>
            <translation>{year}년 {month}월을 마감하면 아래 수치가 고정되고, 이 달의 기록은 팀장이 마감을 풀 때까지 추가·수정·무효 처리할 수 없습니다.
마감할까요?</translation>
        </message>
        <message>
            <source>고정될 실적표</source>
            <translation>고정될 실적표</translation>
        </message>
        <message>
            <source>끝나지 않은 일</source>
            <translation>끝나지 않은 일</translation>
        </message>
        <message>
            <source>날짜</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>기록</source>
            <translation>기록</translation>
        </message>
        <message>
            <source>구직자</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>내용</source>
            <translation>내용</translation>
        </message>
        <message>
            <source>마감하기</source>
            <translation>마감하기</translation>
        </message>
        <message>
            <source>그래도 마감하기(&amp;C)</source>
            <translation>그래도 마감하기(&amp;C)</translation>
        </message>
        <message>
            <source>취소</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>돌아가기</source>
            <translation>돌아가기</translation>
        </message>
        <message>
            <source>이 달에 끝나지 않은 일은 없습니다 (미검토 취업, 기한 지난 사후관리, 점검 신호 모두 0건).</source>
            <translation>이 달에 끝나지 않은 일은 없습니다 (미검토 취업, 기한 지난 사후관리, 점검 신호 모두 0건).</translation>
        </message>
        <message>
            <source>미검토 취업 {n}건</source>
            <translation>미검토 취업 {n}건</translation>
        </message>
        <message>
            <source>기한 지난 사후관리 {n}건</source>
            <translation>기한 지난 사후관리 {n}건</translation>
        </message>
        <message>
            <source>점검 신호 {n}건</source>
            <translation>점검 신호 {n}건</translation>
        </message>
        <message>
            <source>이 달에 끝나지 않은 일이 있습니다: {counts}. 돌아가서 마무리하거나, 그대로 마감하려면 '그래도 마감하기'(Alt+C)를 누르세요.</source>
            <translation>이 달에 끝나지 않은 일이 있습니다: {counts}. 돌아가서 마무리하거나, 그대로 마감하려면 '그래도 마감하기'(Alt+C)를 누르세요.</translation>
        </message>
    </context>
    <context>
        <name>ClosesModel</name>
        <message>
            <source>월</source>
            <translation>월</translation>
        </message>
        <message>
            <source>상태</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>마감</source>
            <translation>마감</translation>
        </message>
        <message>
            <source>해제</source>
            <translation>해제</translation>
        </message>
        <message>
            <source>해제 사유</source>
            <translation>해제 사유</translation>
        </message>
        <message>
            <source>해제됨</source>
            <translation>해제됨</translation>
        </message>
    </context>
    <context>
        <name>ClosesTab</name>
        <message>
            <source>마감한 달의 실적은 마감할 때의 수치로 고정되고, 그 달의 기록은 추가·수정·무효 처리할 수 없습니다. 마감 해제는 사유와 함께 접속기록에 남습니다.</source>
            <translation>마감한 달의 실적은 마감할 때의 수치로 고정되고, 그 달의 기록은 추가·수정·무효 처리할 수 없습니다. 마감 해제는 사유와 함께 접속기록에 남습니다.</translation>
        </message>
        <message>
            <source>마감할 달(&amp;P):</source>
            <translation>마감할 달(&amp;P):</translation>
        </message>
        <message>
            <source>마감하기(&amp;K)…</source>
            <translation>마감하기(&amp;K)…</translation>
        </message>
        <message>
            <source>고른 달의 수치를 확인한 뒤 마감합니다.</source>
            <translation>고른 달의 수치를 확인한 뒤 마감합니다.</translation>
        </message>
        <message>
            <source>마감 해제(&amp;U)…</source>
            <translation>마감 해제(&amp;U)…</translation>
        </message>
        <message>
            <source>목록에서 고른 (또는 위에서 고른) 마감된 달을 사유와 함께 풉니다.</source>
            <translation>목록에서 고른 (또는 위에서 고른) 마감된 달을 사유와 함께 풉니다.</translation>
        </message>
        <message>
            <source>마감 기록</source>
            <translation>마감 기록</translation>
        </message>
        <message>
            <source>{label} 수치와 끝나지 않은 일을 세는 중…</source>
            <translation>{label} 수치와 끝나지 않은 일을 세는 중…</translation>
        </message>
        <message>
            <source>{year}년 {month}월을 마감했습니다.</source>
            <translation>{year}년 {month}월을 마감했습니다.</translation>
        </message>
        <message>
            <source>마감 해제할 달을 목록에서 고르세요 (마감 상태인 달).</source>
            <translation>마감 해제할 달을 목록에서 고르세요 (마감 상태인 달).</translation>
        </message>
        <message>
            <source>{year}년 {month}월 마감 해제</source>
            <translation>{year}년 {month}월 마감 해제</translation>
        </message>
        <message>
            <source>마감을 풀면 이 달의 기록을 다시 바꿀 수 있고, 통계는 기록에서 다시 셉니다. 풀어야 하는 사유를 적으세요 (접속기록에 남습니다).
사유(&amp;R):</source>
            <translation>마감을 풀면 이 달의 기록을 다시 바꿀 수 있고, 통계는 기록에서 다시 셉니다. 풀어야 하는 사유를 적으세요 (접속기록에 남습니다).
사유(&amp;R):</translation>
        </message>
        <message>
            <source>마감 해제</source>
            <translation>마감 해제</translation>
        </message>
        <message>
            <source>{year}년 {month}월 마감을 풀었습니다 (사유: {reason}).</source>
            <translation>{year}년 {month}월 마감을 풀었습니다 (사유: {reason}).</translation>
        </message>
    </context>
    <context>
        <name>ClosingDueDialog</name>
        <message>
            <source>마감할 구인</source>
            <translation>마감할 구인</translation>
        </message>
        <message>
            <source>아래 구인은 마감일이 지났거나 채용인원이 모집인원에 이르렀습니다. 마감할 구인을 고르고(처음에는 모두) '마감'을 누르세요. 마감한 구인은 추천 구인과 맞는 구직자에 나오지 않고, 구인 화면에서 다시 열 수 있습니다.</source>
            <translation>아래 구인은 마감일이 지났거나 채용인원이 모집인원에 이르렀습니다. 마감할 구인을 고르고(처음에는 모두) '마감'을 누르세요. 마감한 구인은 추천 구인과 맞는 구직자에 나오지 않고, 구인 화면에서 다시 열 수 있습니다.</translation>
        </message>
        <message>
            <source>마감 (Ctrl+Enter)</source>
            <translation>마감 (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>취소</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>마감할 구인을 고르세요.</source>
            <translation>마감할 구인을 고르세요.</translation>
        </message>
        <message>
            <source>구인 {count}건을 마감했습니다.</source>
            <translation>구인 {count}건을 마감했습니다.</translation>
        </message>
    </context>
    <context>
        <name>CompleteForm</name>
        <message>
            <source>이수 — {name}</source>
            <translation>이수 — {name}</translation>
        </message>
        <message>
            <source>참여자</source>
            <translation>참여자</translation>
        </message>
        <message>
            <source>이수일(&amp;D)</source>
            <translation>이수일(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <source>기업 접촉 기록 — {name}</source>
            <translation>기업 접촉 기록 — {name}</translation>
        </message>
        <message>
            <source>업체</source>
            <translation>업체</translation>
        </message>
        <message>
            <source>일자(&amp;D)</source>
            <translation>일자(&amp;D)</translation>
        </message>
        <message>
            <source>구분(&amp;K)</source>
            <translation>구분(&amp;K)</translation>
        </message>
        <message>
            <source>내용(&amp;M)</source>
            <translation>내용(&amp;M)</translation>
        </message>
        <message>
            <source>다음 할 일(&amp;A)</source>
            <translation>다음 할 일(&amp;A)</translation>
        </message>
        <message>
            <source>다음 일자(&amp;T)</source>
            <translation>다음 일자(&amp;T)</translation>
        </message>
        <message>
            <source>이 업체를 처음 찾아낸 접촉입니다</source>
            <translation>이 업체를 처음 찾아낸 접촉입니다</translation>
        </message>
        <message>
            <source>업체와의 첫 접촉이면 신규 발굴로 셉니다 (기록이 없으면 미리 골라져 있습니다).</source>
            <translation>업체와의 첫 접촉이면 신규 발굴로 셉니다 (기록이 없으면 미리 골라져 있습니다).</translation>
        </message>
        <message>
            <source>신규 발굴(&amp;F)</source>
            <translation>신규 발굴(&amp;F)</translation>
        </message>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>접촉일보다 빠를 수 없습니다.</source>
            <translation>접촉일보다 빠를 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>{name}: 2018-10-30, 2018.10.30. 또는 20181030처럼 입력합니다. ↑↓ 하루씩, PgUp·PgDn 한 달씩, Alt+↓ 달력.</source>
            <translation>{name}: 2018-10-30, 2018.10.30. 또는 20181030처럼 입력합니다. ↑↓ 하루씩, PgUp·PgDn 한 달씩, Alt+↓ 달력.</translation>
        </message>
        <message>
            <source>달력에서 고르기 (Alt+↓)</source>
            <translation>달력에서 고르기 (Alt+↓)</translation>
        </message>
        <message>
            <source>{day}: {first}부터 {last} 사이의 날짜를 입력하세요.</source>
            <translation>{day}: {first}부터 {last} 사이의 날짜를 입력하세요.</translation>
        </message>
        <message>
            <source>{name} 달력</source>
            <translation>{name} 달력</translation>
        </message>
    </context>
    <context>
        <name>DeskFilter</name>
        <message>
            <source>전체 창구</source>
            <translation>전체 창구</translation>
        </message>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
    </context>
    <context>
        <name>DrillDownDialog</name>
        <message>
            <source>{desk} · {measure} ({period}) 불러오는 중…</source>
            <translation>{desk} · {measure} ({period}) 불러오는 중…</translation>
        </message>
        <message>
            <source>통계 상세 목록</source>
            <translation>통계 상세 목록</translation>
        </message>
        <message>
            <source>엑셀로 저장(&amp;E)…</source>
            <translation>엑셀로 저장(&amp;E)…</translation>
        </message>
        <message>
            <source>닫기</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>{desk} · {measure} {count}{unit} ({period})</source>
            <translation>{desk} · {measure} {count}{unit} ({period})</translation>
        </message>
        <message>
            <source>{period} {desk}의 {measure}: 이 칸에 센 기록 {count}{unit}</source>
            <translation>{period} {desk}의 {measure}: 이 칸에 센 기록 {count}{unit}</translation>
        </message>
        <message>
            <source>취업자수는 사람을 셉니다: 기간 중 두 번 이상 취업한 사람도 한 줄입니다.</source>
            <translation>취업자수는 사람을 셉니다: 기간 중 두 번 이상 취업한 사람도 한 줄입니다.</translation>
        </message>
        <message>
            <source>{desk} · {measure} ({period})</source>
            <translation>{desk} · {measure} ({period})</translation>
        </message>
        <message>
            <source>구인 기록에는 열 구직자가 없습니다.</source>
            <translation>구인 기록에는 열 구직자가 없습니다.</translation>
        </message>
        <message>
            <source>통계상세_{desk}_{measure}_{start}_{end}</source>
            <translation>통계상세_{desk}_{measure}_{start}_{end}</translation>
        </message>
        <message>
            <source>엑셀로 저장</source>
            <translation>엑셀로 저장</translation>
        </message>
        <message>
            <source>개인 기록이 담긴 목록을 파일로 내보냅니다. 사유를 적으세요. 사유는 접속기록에 남습니다.
사유(&amp;R):</source>
            <translation>개인 기록이 담긴 목록을 파일로 내보냅니다. 사유를 적으세요. 사유는 접속기록에 남습니다.
사유(&amp;R):</translation>
        </message>
        <message>
            <source>계속</source>
            <translation>계속</translation>
        </message>
        <message>
            <source>저장하는 사유를 적으세요.</source>
            <translation>저장하는 사유를 적으세요.</translation>
        </message>
        <message>
            <source>Excel 통합문서 (*.xlsx)</source>
            <translation>Excel 통합문서 (*.xlsx)</translation>
        </message>
        <message>
            <source>저장했습니다: {path}</source>
            <translation>저장했습니다: {path}</translation>
        </message>
    </context>
    <context>
        <name>DrillModel</name>
        <message>
            <source>등록일</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>모집직종</source>
            <translation>모집직종</translation>
        </message>
        <message>
            <source>구인번호·인원</source>
            <translation>구인번호·인원</translation>
        </message>
        <message>
            <source>구직자</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>구직자번호</source>
            <translation>구직자번호</translation>
        </message>
        <message>
            <source>상담일</source>
            <translation>상담일</translation>
        </message>
        <message>
            <source>상담방법</source>
            <translation>상담방법</translation>
        </message>
        <message>
            <source>알선일</source>
            <translation>알선일</translation>
        </message>
        <message>
            <source>결과</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>첫 취업일</source>
            <translation>첫 취업일</translation>
        </message>
        <message>
            <source>비고</source>
            <translation>비고</translation>
        </message>
        <message>
            <source>순번</source>
            <translation>순번</translation>
        </message>
    </context>
    <context>
        <name>DuplicateList</name>
        <message>
            <source>이미 등록된 사람일 수 있습니다</source>
            <translation>이미 등록된 사람일 수 있습니다</translation>
        </message>
        <message>
            <source>같은 사람일 수 있는 구직자</source>
            <translation>같은 사람일 수 있는 구직자</translation>
        </message>
        <message>
            <source>이 구직자에게 상담 기록(&amp;L)</source>
            <translation>이 구직자에게 상담 기록(&amp;L)</translation>
        </message>
        <message>
            <source>새로 등록하지 않고, 고른 구직자의 기존 기록에 이 창구의 상담을 남깁니다.</source>
            <translation>새로 등록하지 않고, 고른 구직자의 기존 기록에 이 창구의 상담을 남깁니다.</translation>
        </message>
        <message>
            <source>같은 연락처이거나 같은 이름·생년월일인 구직자가 {count}명 있습니다.
같은 사람이면 새로 등록하지 말고 기존 기록을 열거나 (Enter) 그 기록에 상담을 남기세요 (Alt+L, 다른 창구의 구직자도).</source>
            <translation>같은 연락처이거나 같은 이름·생년월일인 구직자가 {count}명 있습니다.
같은 사람이면 새로 등록하지 말고 기존 기록을 열거나 (Enter) 그 기록에 상담을 남기세요 (Alt+L, 다른 창구의 구직자도).</translation>
        </message>
    </context>
    <context>
        <name>EmployerFinder</name>
        <message>
            <source>업체명, 업체번호 또는 사업자등록번호</source>
            <translation>업체명, 업체번호 또는 사업자등록번호</translation>
        </message>
        <message>
            <source>업체 찾기</source>
            <translation>업체 찾기</translation>
        </message>
        <message>
            <source>찾은 업체</source>
            <translation>찾은 업체</translation>
        </message>
        <message>
            <source>아직 고르지 않았습니다.</source>
            <translation>아직 고르지 않았습니다.</translation>
        </message>
        <message>
            <source>{count}곳. ↓로 내려가 Enter로 고르세요.</source>
            <translation>{count}곳. ↓로 내려가 Enter로 고르세요.</translation>
        </message>
        <message>
            <source>찾는 업체가 없습니다. 새 업체는 Ctrl+Shift+R로 등록하며 참여시킵니다.</source>
            <translation>찾는 업체가 없습니다. 새 업체는 Ctrl+Shift+R로 등록하며 참여시킵니다.</translation>
        </message>
        <message>
            <source>고른 업체: {name} ({number})</source>
            <translation>고른 업체: {name} ({number})</translation>
        </message>
    </context>
    <context>
        <name>EmployerForm</name>
        <message>
            <source>구인업체 등록</source>
            <translation>구인업체 등록</translation>
        </message>
        <message>
            <source>업체명(&amp;M)</source>
            <translation>업체명(&amp;M)</translation>
        </message>
        <message>
            <source>사업자등록번호</source>
            <translation>사업자등록번호</translation>
        </message>
        <message>
            <source>업종</source>
            <translation>업종</translation>
        </message>
        <message>
            <source>주소</source>
            <translation>주소</translation>
        </message>
        <message>
            <source>업체 담당자</source>
            <translation>업체 담당자</translation>
        </message>
        <message>
            <source>(없음)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>담당상담사(&amp;G)</source>
            <translation>담당상담사(&amp;G)</translation>
        </message>
        <message>
            <source>연락처</source>
            <translation>연락처</translation>
        </message>
    </context>
    <context>
        <name>EmployerListModel</name>
        <message>
            <source>업체명</source>
            <translation>업체명</translation>
        </message>
        <message>
            <source>업체번호</source>
            <translation>업체번호</translation>
        </message>
        <message>
            <source>사업자등록번호</source>
            <translation>사업자등록번호</translation>
        </message>
        <message>
            <source>업종</source>
            <translation>업종</translation>
        </message>
        <message>
            <source>담당자</source>
            <translation>담당자</translation>
        </message>
        <message>
            <source>연락처</source>
            <translation>연락처</translation>
        </message>
        <message>
            <source>구인</source>
            <translation>구인</translation>
        </message>
    </context>
    <context>
        <name>EmployerRecord</name>
        <message>
            <source>업체 정보</source>
            <translation>업체 정보</translation>
        </message>
        <message>
            <source>업체번호</source>
            <translation>업체번호</translation>
        </message>
        <message>
            <source>사업자등록번호</source>
            <translation>사업자등록번호</translation>
        </message>
        <message>
            <source>업종</source>
            <translation>업종</translation>
        </message>
        <message>
            <source>업체 담당자</source>
            <translation>업체 담당자</translation>
        </message>
        <message>
            <source>연락처</source>
            <translation>연락처</translation>
        </message>
        <message>
            <source>담당상담사</source>
            <translation>담당상담사</translation>
        </message>
        <message>
            <source>주소</source>
            <translation>주소</translation>
        </message>
        <message>
            <source>상태</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>구인(&amp;1)</source>
            <translation>구인(&amp;1)</translation>
        </message>
        <message>
            <source>알선(&amp;2)</source>
            <translation>알선(&amp;2)</translation>
        </message>
        <message>
            <source>취업(&amp;3)</source>
            <translation>취업(&amp;3)</translation>
        </message>
        <message>
            <source>변경 이력(&amp;4)</source>
            <translation>변경 이력(&amp;4)</translation>
        </message>
        <message>
            <source>접촉 기록(&amp;5)</source>
            <translation>접촉 기록(&amp;5)</translation>
        </message>
        <message>
            <source>수정</source>
            <translation>수정</translation>
        </message>
        <message>
            <source>구인 등록</source>
            <translation>구인 등록</translation>
        </message>
        <message>
            <source>접촉 기록</source>
            <translation>접촉 기록</translation>
        </message>
        <message>
            <source>협약 등록</source>
            <translation>협약 등록</translation>
        </message>
        <message>
            <source>다음 할 일 완료</source>
            <translation>다음 할 일 완료</translation>
        </message>
        <message>
            <source> — 무효</source>
            <translation> — 무효</translation>
        </message>
        <message>
            <source>구인업체 — {name}</source>
            <translation>구인업체 — {name}</translation>
        </message>
        <message>
            <source>(없음)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>무효</source>
            <translation>무효</translation>
        </message>
        <message>
            <source>정상</source>
            <translation>정상</translation>
        </message>
        <message>
            <source>다른 창구의 알선·취업 {count}건은 이 목록에 없습니다.</source>
            <translation>다른 창구의 알선·취업 {count}건은 이 목록에 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>EmployersModel</name>
        <message>
            <source>업체명</source>
            <translation>업체명</translation>
        </message>
        <message>
            <source>업체번호</source>
            <translation>업체번호</translation>
        </message>
        <message>
            <source>모집인원</source>
            <translation>모집인원</translation>
        </message>
        <message>
            <source>구인번호</source>
            <translation>구인번호</translation>
        </message>
    </context>
    <context>
        <name>EmployersPage</name>
        <message>
            <source>업체명, 업체번호, 사업자등록번호</source>
            <translation>업체명, 업체번호, 사업자등록번호</translation>
        </message>
        <message>
            <source>구인업체 목록</source>
            <translation>구인업체 목록</translation>
        </message>
        <message>
            <source>업체 등록… (Ctrl+N)</source>
            <translation>업체 등록… (Ctrl+N)</translation>
        </message>
        <message>
            <source>모집직종, 업체명, 구인번호</source>
            <translation>모집직종, 업체명, 구인번호</translation>
        </message>
        <message>
            <source>구인 목록</source>
            <translation>구인 목록</translation>
        </message>
        <message>
            <source>마감 처리…</source>
            <translation>마감 처리…</translation>
        </message>
        <message>
            <source>마감일이 지났거나 채용인원을 채운 구인을 확인하고 마감합니다.</source>
            <translation>마감일이 지났거나 채용인원을 채운 구인을 확인하고 마감합니다.</translation>
        </message>
        <message>
            <source>구인 {count:,}건</source>
            <translation>구인 {count:,}건</translation>
        </message>
        <message>
            <source>구인 등록… (Ctrl+Shift+N)</source>
            <translation>구인 등록… (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>왼쪽 목록에서 고른 업체의 구인을 등록합니다.</source>
            <translation>왼쪽 목록에서 고른 업체의 구인을 등록합니다.</translation>
        </message>
        <message>
            <source>맞는 구직자</source>
            <translation>맞는 구직자</translation>
        </message>
        <message>
            <source>고른 구인에 맞는 구직자를 찾아 알선합니다.</source>
            <translation>고른 구인에 맞는 구직자를 찾아 알선합니다.</translation>
        </message>
        <message>
            <source>맞는 구직자… (Ctrl+M)</source>
            <translation>맞는 구직자… (Ctrl+M)</translation>
        </message>
        <message>
            <source>오른쪽 목록에서 고른 구인에 맞는 구직자를 찾습니다.</source>
            <translation>오른쪽 목록에서 고른 구인에 맞는 구직자를 찾습니다.</translation>
        </message>
        <message>
            <source>구인업체</source>
            <translation>구인업체</translation>
        </message>
        <message>
            <source>구인</source>
            <translation>구인</translation>
        </message>
        <message>
            <source>마감할 구인 {count}건: 채용인원을 채운 구인 {filled}건, 마감일이 지난 구인 {expired}건.</source>
            <translation>마감할 구인 {count}건: 채용인원을 채운 구인 {filled}건, 마감일이 지난 구인 {expired}건.</translation>
        </message>
        <message>
            <source>업체 {count:,}곳</source>
            <translation>업체 {count:,}곳</translation>
        </message>
        <message>
            <source>구인을 등록할 업체를 먼저 왼쪽 목록에서 고르세요.</source>
            <translation>구인을 등록할 업체를 먼저 왼쪽 목록에서 고르세요.</translation>
        </message>
        <message>
            <source>맞는 구직자를 찾을 구인을 먼저 오른쪽 목록에서 고르세요.</source>
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
            <source>참여 등록 — {name}</source>
            <translation>참여 등록 — {name}</translation>
        </message>
        <message>
            <source>참여자</source>
            <translation>참여자</translation>
        </message>
        <message>
            <source>구직자(&amp;S)</source>
            <translation>구직자(&amp;S)</translation>
        </message>
        <message>
            <source>참여일(&amp;D)</source>
            <translation>참여일(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentsModel</name>
        <message>
            <source>성명</source>
            <translation>성명</translation>
        </message>
        <message>
            <source>구직자번호</source>
            <translation>구직자번호</translation>
        </message>
        <message>
            <source>참여일</source>
            <translation>참여일</translation>
        </message>
        <message>
            <source>이수일</source>
            <translation>이수일</translation>
        </message>
        <message>
            <source>자격증</source>
            <translation>자격증</translation>
        </message>
        <message>
            <source>취득일</source>
            <translation>취득일</translation>
        </message>
        <message>
            <source>취업일</source>
            <translation>취업일</translation>
        </message>
    </context>
    <context>
        <name>EventForm</name>
        <message>
            <source>행사 수정 — {name}</source>
            <translation>행사 수정 — {name}</translation>
        </message>
        <message>
            <source>새 행사</source>
            <translation>새 행사</translation>
        </message>
        <message>
            <source>행사명(&amp;N)</source>
            <translation>행사명(&amp;N)</translation>
        </message>
        <message>
            <source>구분(&amp;K)</source>
            <translation>구분(&amp;K)</translation>
        </message>
        <message>
            <source>일자(&amp;D)</source>
            <translation>일자(&amp;D)</translation>
        </message>
        <message>
            <source>창구(&amp;W)</source>
            <translation>창구(&amp;W)</translation>
        </message>
        <message>
            <source>주관(&amp;O)</source>
            <translation>주관(&amp;O)</translation>
        </message>
        <message>
            <source>장소(&amp;V)</source>
            <translation>장소(&amp;V)</translation>
        </message>
        <message>
            <source>장소구분(&amp;T)</source>
            <translation>장소구분(&amp;T)</translation>
        </message>
        <message>
            <source>예: 지식산업센터, 구청, 기업시민청</source>
            <translation>예: 지식산업센터, 구청, 기업시민청</translation>
        </message>
        <message>
            <source>주관기관이 합계만 알려 준 인원 (한 사람씩 기록한 인원에 더합니다)</source>
            <translation>주관기관이 합계만 알려 준 인원 (한 사람씩 기록한 인원에 더합니다)</translation>
        </message>
        <message>
            <source>집계참여인원</source>
            <translation>집계참여인원</translation>
        </message>
        <message>
            <source>집계면접인원</source>
            <translation>집계면접인원</translation>
        </message>
        <message>
            <source>집계채용인원</source>
            <translation>집계채용인원</translation>
        </message>
        <message>
            <source>수정 사유(&amp;Y)</source>
            <translation>수정 사유(&amp;Y)</translation>
        </message>
        <message>
            <source>예: 장소 잘못 적음, 주관기관 집계 받음</source>
            <translation>예: 장소 잘못 적음, 주관기관 집계 받음</translation>
        </message>
    </context>
    <context>
        <name>EventTools</name>
        <message>
            <source>행사</source>
            <translation>행사</translation>
        </message>
        <message>
            <source>행사 실적(&amp;H)…</source>
            <translation>행사 실적(&amp;H)…</translation>
        </message>
        <message>
            <source>채용박람회·일구데이의 참여기업, 모집·참여·면접·채용 인원을 봅니다.</source>
            <translation>채용박람회·일구데이의 참여기업, 모집·참여·면접·채용 인원을 봅니다.</translation>
        </message>
    </context>
    <context>
        <name>EventWindow</name>
        <message>
            <source>참여업체</source>
            <translation>참여업체</translation>
        </message>
        <message>
            <source>참여자</source>
            <translation>참여자</translation>
        </message>
        <message>
            <source>결과</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>(없음)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>면접 업체</source>
            <translation>면접 업체</translation>
        </message>
        <message>
            <source>결과(&amp;S):</source>
            <translation>결과(&amp;S):</translation>
        </message>
        <message>
            <source>면접 업체(&amp;U):</source>
            <translation>면접 업체(&amp;U):</translation>
        </message>
        <message>
            <source>Space: 면접 예/아니오 · 1 대기 2 서류합격 3 1차합격 4 2차합격 5 채용 6 불합격</source>
            <translation>Space: 면접 예/아니오 · 1 대기 2 서류합격 3 1차합격 4 2차합격 5 채용 6 불합격</translation>
        </message>
        <message>
            <source>참여업체(&amp;1)</source>
            <translation>참여업체(&amp;1)</translation>
        </message>
        <message>
            <source>참여자(&amp;2)</source>
            <translation>참여자(&amp;2)</translation>
        </message>
        <message>
            <source>변경 이력(&amp;3)</source>
            <translation>변경 이력(&amp;3)</translation>
        </message>
        <message>
            <source>참여업체 추가</source>
            <translation>참여업체 추가</translation>
        </message>
        <message>
            <source>새 업체</source>
            <translation>새 업체</translation>
        </message>
        <message>
            <source>참여자 추가</source>
            <translation>참여자 추가</translation>
        </message>
        <message>
            <source>현장 등록</source>
            <translation>현장 등록</translation>
        </message>
        <message>
            <source>행사 수정</source>
            <translation>행사 수정</translation>
        </message>
        <message>
            <source>무효</source>
            <translation>무효</translation>
        </message>
        <message>
            <source>행사</source>
            <translation>행사</translation>
        </message>
        <message>
            <source>행사 — {name}</source>
            <translation>행사 — {name}</translation>
        </message>
        <message>
            <source>주관 {organizer}</source>
            <translation>주관 {organizer}</translation>
        </message>
        <message>
            <source> (주관기관 집계 참여 {p}명 · 면접 {i}명 · 채용 {h}명 포함)</source>
            <translation> (주관기관 집계 참여 {p}명 · 면접 {i}명 · 채용 {h}명 포함)</translation>
        </message>
        <message>
            <source>참여기업 {employers}곳 · 모집 {recruits}명 · 참여 {participants}명 · 면접 {interviewed}명 · 채용 {hired}명</source>
            <translation>참여기업 {employers}곳 · 모집 {recruits}명 · 참여 {participants}명 · 면접 {interviewed}명 · 채용 {hired}명</translation>
        </message>
        <message>
            <source>(고르지 않음)</source>
            <translation>(고르지 않음)</translation>
        </message>
        <message>
            <source>{name}: 채용 — {day} 취업 1건으로 등록했습니다.</source>
            <translation>{name}: 채용 — {day} 취업 1건으로 등록했습니다.</translation>
        </message>
        <message>
            <source>{name}: 채용이 아니게 되어 그 취업을 무효로 했습니다.</source>
            <translation>{name}: 채용이 아니게 되어 그 취업을 무효로 했습니다.</translation>
        </message>
        <message>
            <source>{name}: 면접 {interviewed}, 결과 {result}</source>
            <translation>{name}: 면접 {interviewed}, 결과 {result}</translation>
        </message>
        <message>
            <source>예</source>
            <translation>예</translation>
        </message>
        <message>
            <source>아니오</source>
            <translation>아니오</translation>
        </message>
        <message>
            <source>없음</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>참여업체를 고쳤습니다.</source>
            <translation>참여업체를 고쳤습니다.</translation>
        </message>
        <message>
            <source>참여업체를 추가했습니다.</source>
            <translation>참여업체를 추가했습니다.</translation>
        </message>
        <message>
            <source>새 업체를 등록하고 참여업체로 추가했습니다.</source>
            <translation>새 업체를 등록하고 참여업체로 추가했습니다.</translation>
        </message>
        <message>
            <source>참여자를 추가했습니다.</source>
            <translation>참여자를 추가했습니다.</translation>
        </message>
        <message>
            <source>구직등록하고 참여자로 추가했습니다.</source>
            <translation>구직등록하고 참여자로 추가했습니다.</translation>
        </message>
        <message>
            <source>행사를 고쳤습니다.</source>
            <translation>행사를 고쳤습니다.</translation>
        </message>
        <message>
            <source>참여업체 목록에서 무효로 할 업체를 고르십시오.</source>
            <translation>참여업체 목록에서 무효로 할 업체를 고르십시오.</translation>
        </message>
        <message>
            <source>{name}의 참여를 무효로 합니다.</source>
            <translation>{name}의 참여를 무효로 합니다.</translation>
        </message>
        <message>
            <source>참여업체를 무효로 했습니다.</source>
            <translation>참여업체를 무효로 했습니다.</translation>
        </message>
        <message>
            <source>참여자 목록에서 무효로 할 사람을 고르십시오.</source>
            <translation>참여자 목록에서 무효로 할 사람을 고르십시오.</translation>
        </message>
        <message>
            <source> 이 행사의 취업도 무효가 됩니다.</source>
            <translation> 이 행사의 취업도 무효가 됩니다.</translation>
        </message>
        <message>
            <source>{name} ({number})의 참여를 무효로 합니다.{hired}</source>
            <translation>{name} ({number})의 참여를 무효로 합니다.{hired}</translation>
        </message>
        <message>
            <source>참여자를 무효로 했습니다.</source>
            <translation>참여자를 무효로 했습니다.</translation>
        </message>
        <message>
            <source>{what} 사유를 적으십시오.</source>
            <translation>{what} 사유를 적으십시오.</translation>
        </message>
        <message>
            <source>무효 처리</source>
            <translation>무효 처리</translation>
        </message>
    </context>
    <context>
        <name>EventsModel</name>
        <message>
            <source>일자</source>
            <translation>일자</translation>
        </message>
        <message>
            <source>행사명</source>
            <translation>행사명</translation>
        </message>
        <message>
            <source>구분</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>장소</source>
            <translation>장소</translation>
        </message>
        <message>
            <source>장소구분</source>
            <translation>장소구분</translation>
        </message>
        <message>
            <source>주관</source>
            <translation>주관</translation>
        </message>
        <message>
            <source>참여기업</source>
            <translation>참여기업</translation>
        </message>
        <message>
            <source>모집인원</source>
            <translation>모집인원</translation>
        </message>
        <message>
            <source>참여인원</source>
            <translation>참여인원</translation>
        </message>
        <message>
            <source>면접인원</source>
            <translation>면접인원</translation>
        </message>
        <message>
            <source>채용인원</source>
            <translation>채용인원</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <source>구분(&amp;K):</source>
            <translation>구분(&amp;K):</translation>
        </message>
        <message>
            <source>행사명·장소 찾기</source>
            <translation>행사명·장소 찾기</translation>
        </message>
        <message>
            <source>행사명 또는 장소</source>
            <translation>행사명 또는 장소</translation>
        </message>
        <message>
            <source>찾기(&amp;F):</source>
            <translation>찾기(&amp;F):</translation>
        </message>
        <message>
            <source>새 행사 (Ctrl+N)</source>
            <translation>새 행사 (Ctrl+N)</translation>
        </message>
        <message>
            <source>행사 목록</source>
            <translation>행사 목록</translation>
        </message>
        <message>
            <source>행사 목록(&amp;1)</source>
            <translation>행사 목록(&amp;1)</translation>
        </message>
        <message>
            <source>실적(&amp;2)</source>
            <translation>실적(&amp;2)</translation>
        </message>
        <message>
            <source>Enter: 행사 열기 · Ctrl+N: 새 행사 · F2: 수정 · Delete: 무효 · Ctrl+Tab: 실적</source>
            <translation>Enter: 행사 열기 · Ctrl+N: 새 행사 · F2: 수정 · Delete: 무효 · Ctrl+Tab: 실적</translation>
        </message>
        <message>
            <source>불러오는 중…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <source>행사 {count}건</source>
            <translation>행사 {count}건</translation>
        </message>
        <message>
            <source>이 기간에 행사가 없습니다. Ctrl+N으로 새 행사를 만드세요.</source>
            <translation>이 기간에 행사가 없습니다. Ctrl+N으로 새 행사를 만드세요.</translation>
        </message>
        <message>
            <source>행사 등록(&amp;N)…</source>
            <translation>행사 등록(&amp;N)…</translation>
        </message>
        <message>
            <source>행사 {number_obj} 만들었습니다.</source>
            <translation>행사 {number_obj} 만들었습니다.</translation>
        </message>
        <message>
            <source>행사를 고쳤습니다.</source>
            <translation>행사를 고쳤습니다.</translation>
        </message>
        <message>
            <source>행사를 무효로 했습니다.</source>
            <translation>행사를 무효로 했습니다.</translation>
        </message>
        <message>
            <source> 참여자의 채용으로 등록된 취업도 무효가 됩니다.</source>
            <translation> 참여자의 채용으로 등록된 취업도 무효가 됩니다.</translation>
        </message>
        <message>
            <source>무효로 할 행사: {name} ({day}).{hires} 사유를 적으십시오.</source>
            <translation>무효로 할 행사: {name} ({day}).{hires} 사유를 적으십시오.</translation>
        </message>
        <message>
            <source>행사 무효</source>
            <translation>행사 무효</translation>
        </message>
        <message>
            <source>무효 처리</source>
            <translation>무효 처리</translation>
        </message>
        <message>
            <source>전체</source>
            <translation>전체</translation>
        </message>
        <message>
            <source>구분</source>
            <translation>구분</translation>
        </message>
    </context>
    <context>
        <name>ExpiringModel</name>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>상담사</source>
            <translation>상담사</translation>
        </message>
        <message>
            <source>종료일</source>
            <translation>종료일</translation>
        </message>
        <message>
            <source>구분</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>구직자 · 구인(업체 · 직종)</source>
            <translation>구직자 · 구인(업체 · 직종)</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>deskapp 처음 시작</source>
            <translation>deskapp 처음 시작</translation>
        </message>
        <message>
            <source>deskapp을 처음 시작합니다</source>
            <translation>deskapp을 처음 시작합니다</translation>
        </message>
        <message>
            <source>데이터베이스가 아직 없습니다: {path}</source>
            <translation>데이터베이스가 아직 없습니다: {path}</translation>
        </message>
        <message>
            <source>새 데이터베이스 만들기(&amp;N)</source>
            <translation>새 데이터베이스 만들기(&amp;N)</translation>
        </message>
        <message>
            <source>데모 자료로 열기(&amp;D)</source>
            <translation>데모 자료로 열기(&amp;D)</translation>
        </message>
        <message>
            <source>백업에서 되살리기(&amp;R): {made} 사본</source>
            <translation>백업에서 되살리기(&amp;R): {made} 사본</translation>
        </message>
        <message>
            <source>데이터베이스가 없습니다: {path}
그 옆 backups 폴더에 이 데이터베이스의 사본이 있습니다. 지워졌거나 옮겨졌다면 사본에서 되살리세요.</source>
            <translation>데이터베이스가 없습니다: {path}
그 옆 backups 폴더에 이 데이터베이스의 사본이 있습니다. 지워졌거나 옮겨졌다면 사본에서 되살리세요.</translation>
        </message>
        <message>
            <source>관리자</source>
            <translation>관리자</translation>
        </message>
        <message>
            <source>비밀번호는 {n}자 이상, 문자와 숫자를 함께 쓰세요.</source>
            <translation>비밀번호는 {n}자 이상, 문자와 숫자를 함께 쓰세요.</translation>
        </message>
        <message>
            <source>관리자 사용자 이름(&amp;U):</source>
            <translation>관리자 사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <source>표시 이름(&amp;I):</source>
            <translation>표시 이름(&amp;I):</translation>
        </message>
        <message>
            <source>비밀번호(&amp;P):</source>
            <translation>비밀번호(&amp;P):</translation>
        </message>
        <message>
            <source>비밀번호 확인(&amp;C):</source>
            <translation>비밀번호 확인(&amp;C):</translation>
        </message>
        <message>
            <source>사용자 이름</source>
            <translation>사용자 이름</translation>
        </message>
        <message>
            <source>역할</source>
            <translation>역할</translation>
        </message>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>표시 이름</source>
            <translation>표시 이름</translation>
        </message>
        <message>
            <source>만들기</source>
            <translation>만들기</translation>
        </message>
        <message>
            <source>취소</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>사본 {name}({size:,}바이트)으로 데이터베이스를 다시 만듭니다. 사본을 만든 뒤의 기록은 없으니 그 뒤의 일은 다시 입력해야 합니다. 그때의 계정과 비밀번호로 로그인하세요.</source>
            <translation>사본 {name}({size:,}바이트)으로 데이터베이스를 다시 만듭니다. 사본을 만든 뒤의 기록은 없으니 그 뒤의 일은 다시 입력해야 합니다. 그때의 계정과 비밀번호로 로그인하세요.</translation>
        </message>
        <message>
            <source>되살리기</source>
            <translation>되살리기</translation>
        </message>
        <message>
            <source>연습용 가상 자료(구직자 {n:,}명과 구인·상담·알선·취업 기록)로 데이터베이스를 만듭니다. 관리자 admin, 팀장, 창구별 상담사 계정이 만들어지고 모두 아래 비밀번호를 씁니다. 실제 자료를 넣지 마세요.</source>
            <translation>연습용 가상 자료(구직자 {n:,}명과 구인·상담·알선·취업 기록)로 데이터베이스를 만듭니다. 관리자 admin, 팀장, 창구별 상담사 계정이 만들어지고 모두 아래 비밀번호를 씁니다. 실제 자료를 넣지 마세요.</translation>
        </message>
        <message>
            <source>네 창구가 등록된 빈 데이터베이스와 관리자 계정을 만듭니다. 기록은 화면에서 등록하거나 통합문서로 가져올 수 있습니다.</source>
            <translation>네 창구가 등록된 빈 데이터베이스와 관리자 계정을 만듭니다. 기록은 화면에서 등록하거나 통합문서로 가져올 수 있습니다.</translation>
        </message>
        <message>
            <source>비밀번호와 비밀번호 확인이 같지 않습니다.</source>
            <translation>비밀번호와 비밀번호 확인이 같지 않습니다.</translation>
        </message>
        <message>
            <source>데모 데이터베이스를 만들었습니다. 아래 계정으로 로그인할 수 있습니다 (비밀번호는 방금 입력한 것).</source>
            <translation>데모 데이터베이스를 만들었습니다. 아래 계정으로 로그인할 수 있습니다 (비밀번호는 방금 입력한 것).</translation>
        </message>
        <message>
            <source>로그인으로 계속(&amp;G)</source>
            <translation>로그인으로 계속(&amp;G)</translation>
        </message>
    </context>
    <context>
        <name>FlagsModel</name>
        <message>
            <source>종류</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>상담사</source>
            <translation>상담사</translation>
        </message>
        <message>
            <source>기록</source>
            <translation>기록</translation>
        </message>
        <message>
            <source>날짜</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>내용</source>
            <translation>내용</translation>
        </message>
    </context>
    <context>
        <name>FlagsTab</name>
        <message>
            <source>기간(&amp;P):</source>
            <extracomment>The measure that counts a record kind: its 통계 상세 lists the record.</extracomment>
            <translation>기간(&amp;P):</translation>
        </message>
        <message>
            <source>조회(&amp;Q)</source>
            <translation>조회(&amp;Q)</translation>
        </message>
        <message>
            <source>등록 직후 무효</source>
            <translation>등록 직후 무효</translation>
        </message>
        <message>
            <source>상담·알선 없는 취업</source>
            <translation>상담·알선 없는 취업</translation>
        </message>
        <message>
            <source>늦게 입력된 취업</source>
            <translation>늦게 입력된 취업</translation>
        </message>
        <message>
            <source>대량 입력·무효</source>
            <translation>대량 입력·무효</translation>
        </message>
        <message>
            <source>계</source>
            <translation>계</translation>
        </message>
        <message>
            <source>창구·상담사별 점검 신호 수</source>
            <translation>창구·상담사별 점검 신호 수</translation>
        </message>
        <message>
            <source>점검 신호</source>
            <translation>점검 신호</translation>
        </message>
        <message>
            <source>Enter: 구직자 기록이나 해당 기록 목록(통계 상세) 열기</source>
            <translation>Enter: 구직자 기록이나 해당 기록 목록(통계 상세) 열기</translation>
        </message>
        <message>
            <source>{period} 점검 중…</source>
            <translation>{period} 점검 중…</translation>
        </message>
        <message>
            <source>창구 계</source>
            <translation>창구 계</translation>
        </message>
        <message>
            <source>{period}: 점검 신호 {count}건</source>
            <translation>{period}: 점검 신호 {count}건</translation>
        </message>
    </context>
    <context>
        <name>FollowUpPage</name>
        <message>
            <source>일</source>
            <translation>일</translation>
        </message>
        <message>
            <source>연락 없음 기준 일수</source>
            <translation>연락 없음 기준 일수</translation>
        </message>
        <message>
            <source>이만큼 연락이 없던 구직자를 목록에 올립니다.</source>
            <translation>이만큼 연락이 없던 구직자를 목록에 올립니다.</translation>
        </message>
        <message>
            <source>사후관리 목록</source>
            <translation>사후관리 목록</translation>
        </message>
        <message>
            <source>이번 주 등록 종료</source>
            <translation>이번 주 등록 종료</translation>
        </message>
        <message>
            <source>기업 접촉 할 일</source>
            <translation>기업 접촉 할 일</translation>
        </message>
        <message>
            <source>고용유지 확인 기록</source>
            <translation>고용유지 확인 기록</translation>
        </message>
        <message>
            <source>갱신</source>
            <translation>갱신</translation>
        </message>
        <message>
            <source>다음 할 일 완료</source>
            <translation>다음 할 일 완료</translation>
        </message>
        <message>
            <source>연락·확인할 사람 (기한 순)</source>
            <translation>연락·확인할 사람 (기한 순)</translation>
        </message>
        <message>
            <source>기업 접촉 할 일 (기한 순)</source>
            <translation>기업 접촉 할 일 (기한 순)</translation>
        </message>
        <message>
            <source>Enter: 기록 열기 · Ctrl+K: 고용유지 확인 기록 · Ctrl+G: 등록 갱신 · Ctrl+Shift+D: 기업 접촉 할 일 완료</source>
            <translation>Enter: 기록 열기 · Ctrl+K: 고용유지 확인 기록 · Ctrl+G: 등록 갱신 · Ctrl+Shift+D: 기업 접촉 할 일 완료</translation>
        </message>
        <message>
            <source>연락 없음 기준(&amp;D):</source>
            <translation>연락 없음 기준(&amp;D):</translation>
        </message>
        <message>
            <source>사후관리 — 할 일 {work}건 · 이번 주 등록 종료 {expiring}건</source>
            <translation>사후관리 — 할 일 {work}건 · 이번 주 등록 종료 {expiring}건</translation>
        </message>
        <message>
            <source>기업 접촉 할 일을 고르십시오.</source>
            <translation>기업 접촉 할 일을 고르십시오.</translation>
        </message>
        <message>
            <source>{name}: 다음 할 일을 마쳤습니다.</source>
            <translation>{name}: 다음 할 일을 마쳤습니다.</translation>
        </message>
        <message>
            <source>고용유지 확인 항목을 고르십시오.</source>
            <translation>고용유지 확인 항목을 고르십시오.</translation>
        </message>
        <message>
            <source>고용유지 확인을 기록했습니다.</source>
            <translation>고용유지 확인을 기록했습니다.</translation>
        </message>
        <message>
            <source>{label}: {until}까지 갱신했습니다.</source>
            <translation>{label}: {until}까지 갱신했습니다.</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>저장 (Ctrl+S)</source>
            <translation>저장 (Ctrl+S)</translation>
        </message>
        <message>
            <source>닫기 (Esc)</source>
            <translation>닫기 (Esc)</translation>
        </message>
    </context>
    <context>
        <name>FormPanel</name>
        <message>
            <source>직업분류(&amp;K)</source>
            <translation>직업분류(&amp;K)</translation>
        </message>
        <message>
            <source>{what} 수정</source>
            <translation>{what} 수정</translation>
        </message>
        <message>
            <source>수정 사유(&amp;Y)</source>
            <translation>수정 사유(&amp;Y)</translation>
        </message>
        <message>
            <source>예: 연락처 오타, 등록창구 잘못 고름</source>
            <translation>예: 연락처 오타, 등록창구 잘못 고름</translation>
        </message>
        <message>
            <source>고칠 곳이 {count}군데 있습니다: {fields}</source>
            <translation>고칠 곳이 {count}군데 있습니다: {fields}</translation>
        </message>
        <message>
            <source>바꾼 항목이 없습니다.</source>
            <translation>바꾼 항목이 없습니다.</translation>
        </message>
        <message>
            <source>저장하는 중…</source>
            <translation>저장하는 중…</translation>
        </message>
        <message>
            <source>다른 사용자가 저장하는 중이라 기다립니다 ({seconds}초)… 그만두려면 Esc를 누르세요. 입력한 내용은 그대로 남습니다.</source>
            <translation>다른 사용자가 저장하는 중이라 기다립니다 ({seconds}초)… 그만두려면 Esc를 누르세요. 입력한 내용은 그대로 남습니다.</translation>
        </message>
        <message>
            <source>확인</source>
            <translation>확인</translation>
        </message>
        <message>
            <source>예(&amp;Y)</source>
            <translation>예(&amp;Y)</translation>
        </message>
        <message>
            <source>아니오(&amp;N)</source>
            <translation>아니오(&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>HelpKeys</name>
        <message>
            <source>도움말</source>
            <translation>도움말</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>사용자 안내서 — deskapp</source>
            <extracomment>The guide's files in the order of its table of contents. Screenshots are shown at most this wide (they are taken at 1366×768). The help of each page of the main window (its key in ``register_page``). The help of the registration forms (a form correcting a record: "corrections.md"). The help of the other windows with F1 (a reason box: export.md, or corrections.md#무효-처리).</extracomment>
            <translation>사용자 안내서 — deskapp</translation>
        </message>
        <message>
            <source>안내서에서 찾기 (Ctrl+F)</source>
            <translation>안내서에서 찾기 (Ctrl+F)</translation>
        </message>
        <message>
            <source>안내서에서 찾기</source>
            <translation>안내서에서 찾기</translation>
        </message>
        <message>
            <source>차례</source>
            <translation>차례</translation>
        </message>
        <message>
            <source>뒤로</source>
            <translation>뒤로</translation>
        </message>
        <message>
            <source>앞으로</source>
            <translation>앞으로</translation>
        </message>
        <message>
            <source>찾기</source>
            <translation>찾기</translation>
        </message>
        <message>
            <source># 사용자 안내서를 찾을 수 없습니다

안내서 파일이 있어야 할 곳에 없습니다: `{folder}`

프로그램을 다시 설치하거나 관리자에게 알려 주세요.</source>
            <translation># 사용자 안내서를 찾을 수 없습니다

안내서 파일이 있어야 할 곳에 없습니다: `{folder}`

프로그램을 다시 설치하거나 관리자에게 알려 주세요.</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>변경 이력</source>
            <translation>변경 이력</translation>
        </message>
        <message>
            <source>변경 {count}건 (오래된 것부터)</source>
            <translation>변경 {count}건 (오래된 것부터)</translation>
        </message>
        <message>
            <source>등록한 뒤 고친 적이 없습니다.</source>
            <translation>등록한 뒤 고친 적이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>{duration} 동안 입력이 없었습니다.</source>
            <translation>{duration} 동안 입력이 없었습니다.</translation>
        </message>
        <message>
            <source>{n}분</source>
            <translation>{n}분</translation>
        </message>
        <message>
            <source>{n:g}초</source>
            <translation>{n:g}초</translation>
        </message>
        <message>
            <source>잠그기를 선택했습니다.</source>
            <translation>잠그기를 선택했습니다.</translation>
        </message>
        <message>
            <source>잠금을 접속기록에 남기지 못했습니다: {message}</source>
            <translation>잠금을 접속기록에 남기지 못했습니다: {message}</translation>
        </message>
    </context>
    <context>
        <name>IdleSettingsDialog</name>
        <message>
            <source>화면 잠금 설정</source>
            <translation>화면 잠금 설정</translation>
        </message>
        <message>
            <source>키보드나 마우스 입력이 없이 정한 시간이 지나면 화면을 잠그고, 로그인한 계정의 비밀번호를 입력해야 다시 쓸 수 있습니다. 이 컴퓨터에 저장됩니다.</source>
            <translation>키보드나 마우스 입력이 없이 정한 시간이 지나면 화면을 잠그고, 로그인한 계정의 비밀번호를 입력해야 다시 쓸 수 있습니다. 이 컴퓨터에 저장됩니다.</translation>
        </message>
        <message>
            <source>분</source>
            <translation>분</translation>
        </message>
        <message>
            <source>잠그기까지의 시간</source>
            <translation>잠그기까지의 시간</translation>
        </message>
        <message>
            <source>입력 없이 지나면 잠글 시간(&amp;M):</source>
            <translation>입력 없이 지나면 잠글 시간(&amp;M):</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>기록 통합문서 가져오기</source>
            <translation>기록 통합문서 가져오기</translation>
        </message>
        <message>
            <source>기록 통합문서(.xlsx)를 가져옵니다. 문제가 하나라도 있으면 아무것도 가져오지 않고, 문제를 모두 보여 줍니다. 빈 양식은 파일 메뉴의 ‘빈 양식 저장…’으로 만들 수 있습니다.</source>
            <translation>기록 통합문서(.xlsx)를 가져옵니다. 문제가 하나라도 있으면 아무것도 가져오지 않고, 문제를 모두 보여 줍니다. 빈 양식은 파일 메뉴의 ‘빈 양식 저장…’으로 만들 수 있습니다.</translation>
        </message>
        <message>
            <source>가져올 .xlsx 파일</source>
            <translation>가져올 .xlsx 파일</translation>
        </message>
        <message>
            <source>파일(&amp;F):</source>
            <translation>파일(&amp;F):</translation>
        </message>
        <message>
            <source>찾아보기(&amp;B)…</source>
            <translation>찾아보기(&amp;B)…</translation>
        </message>
        <message>
            <source>문제 목록</source>
            <translation>문제 목록</translation>
        </message>
        <message>
            <source>모두 복사(&amp;A)</source>
            <translation>모두 복사(&amp;A)</translation>
        </message>
        <message>
            <source>문제 목록 전체를 복사합니다 (선택한 행만 복사: Ctrl+C)</source>
            <translation>문제 목록 전체를 복사합니다 (선택한 행만 복사: Ctrl+C)</translation>
        </message>
        <message>
            <source>가져오기(&amp;I)</source>
            <translation>가져오기(&amp;I)</translation>
        </message>
        <message>
            <source>닫기</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>가져올 기록 통합문서</source>
            <translation>가져올 기록 통합문서</translation>
        </message>
        <message>
            <source>Excel 통합문서 (*.xlsx)</source>
            <translation>Excel 통합문서 (*.xlsx)</translation>
        </message>
        <message>
            <source>가져올 파일을 고르세요.</source>
            <translation>가져올 파일을 고르세요.</translation>
        </message>
        <message>
            <source>{name_obj} 읽는 중…</source>
            <translation>{name_obj} 읽는 중…</translation>
        </message>
        <message>
            <source>{sheet} {count:,}건</source>
            <translation>{sheet} {count:,}건</translation>
        </message>
        <message>
            <source>‘{name}’에서 {total:,}건을 가져왔습니다.</source>
            <translation>‘{name}’에서 {total:,}건을 가져왔습니다.</translation>
        </message>
        <message>
            <source>주민등록번호로 보이는 숫자 {n:,}건을 가려서 저장했습니다.</source>
            <translation>주민등록번호로 보이는 숫자 {n:,}건을 가려서 저장했습니다.</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>deskapp — 화면 잠김</source>
            <extracomment>How often the window tells the services that the user is at work (when they are). What counts as the user's input. Enter, leave and hover events do not: Qt sends them when a widget appears under a mouse that never moved. A class test is also cheaper than comparing QEvent.Type members, and the filter sees every event of the application.</extracomment>
            <translation>deskapp — 화면 잠김</translation>
        </message>
        <message>
            <source>화면이 잠겼습니다</source>
            <translation>화면이 잠겼습니다</translation>
        </message>
        <message>
            <source>{name} ({username}) 계정으로 쓰던 화면입니다. {reason} 다시 쓰려면 이 계정의 비밀번호를 입력하세요.</source>
            <translation>{name} ({username}) 계정으로 쓰던 화면입니다. {reason} 다시 쓰려면 이 계정의 비밀번호를 입력하세요.</translation>
        </message>
        <message>
            <source>오류</source>
            <translation>오류</translation>
        </message>
        <message>
            <source>비밀번호(&amp;P):</source>
            <translation>비밀번호(&amp;P):</translation>
        </message>
        <message>
            <source>잠금 해제(&amp;U)</source>
            <translation>잠금 해제(&amp;U)</translation>
        </message>
        <message>
            <source>프로그램 종료(&amp;X)</source>
            <translation>프로그램 종료(&amp;X)</translation>
        </message>
        <message>
            <source>다른 사용자로 로그인(&amp;O)</source>
            <translation>다른 사용자로 로그인(&amp;O)</translation>
        </message>
        <message>
            <source>이 계정을 로그아웃하고 창을 닫은 뒤, 다른 사람이 자기 계정으로 로그인합니다 (프로그램은 그대로).</source>
            <translation>이 계정을 로그아웃하고 창을 닫은 뒤, 다른 사람이 자기 계정으로 로그인합니다 (프로그램은 그대로).</translation>
        </message>
        <message>
            <source>비밀번호를 입력하세요.</source>
            <translation>비밀번호를 입력하세요.</translation>
        </message>
        <message>
            <source>비밀번호가 {max}번 틀려 계정을 {minutes}분 동안 잠갔습니다. 그 뒤에 다시 입력하거나 프로그램을 종료하세요.</source>
            <translation>비밀번호가 {max}번 틀려 계정을 {minutes}분 동안 잠갔습니다. 그 뒤에 다시 입력하거나 프로그램을 종료하세요.</translation>
        </message>
        <message>
            <source>비밀번호가 맞지 않습니다 ({n}/{max}회). {max}번 틀리면 계정이 {minutes}분 동안 잠깁니다.</source>
            <translation>비밀번호가 맞지 않습니다 ({n}/{max}회). {max}번 틀리면 계정이 {minutes}분 동안 잠깁니다.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>deskapp 로그인</source>
            <translation>deskapp 로그인</translation>
        </message>
        <message>
            <source>금천구 일자리 상담창구</source>
            <translation>금천구 일자리 상담창구</translation>
        </message>
        <message>
            <source>데이터베이스: {location}</source>
            <translation>데이터베이스: {location}</translation>
        </message>
        <message>
            <source>이 PC에서 계정 기억(&amp;R)</source>
            <translation>이 PC에서 계정 기억(&amp;R)</translation>
        </message>
        <message>
            <source>다음 로그인 때 사용자 이름을 미리 채웁니다. 여러 사람이 쓰는 PC에서는 끄세요.</source>
            <translation>다음 로그인 때 사용자 이름을 미리 채웁니다. 여러 사람이 쓰는 PC에서는 끄세요.</translation>
        </message>
        <message>
            <source>오류</source>
            <translation>오류</translation>
        </message>
        <message>
            <source>사용자 이름(&amp;U):</source>
            <translation>사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <source>비밀번호(&amp;P):</source>
            <translation>비밀번호(&amp;P):</translation>
        </message>
        <message>
            <source>Takes effect when deskapp starts again.</source>
            <translation>deskapp를 다시 시작하면 적용됩니다.</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>언어(&amp;G):</translation>
        </message>
        <message>
            <source>로그인</source>
            <translation>로그인</translation>
        </message>
        <message>
            <source>취소</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>사용자 이름을 입력하세요.</source>
            <translation>사용자 이름을 입력하세요.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>deskapp — 금천구 일자리 상담창구</source>
            <translation>deskapp — 금천구 일자리 상담창구</translation>
        </message>
        <message>
            <source>화면 목록</source>
            <translation>화면 목록</translation>
        </message>
        <message>
            <source>오늘</source>
            <translation>오늘</translation>
        </message>
        <message>
            <source>구직자</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>구인업체·구인</source>
            <translation>구인업체·구인</translation>
        </message>
        <message>
            <source>상담</source>
            <translation>상담</translation>
        </message>
        <message>
            <source>알선·취업</source>
            <translation>알선·취업</translation>
        </message>
        <message>
            <source>통계</source>
            <translation>통계</translation>
        </message>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>근무 창구</source>
            <translation>근무 창구</translation>
        </message>
        <message>
            <source>지금 일하는 창구 (등록하는 기록의 창구)</source>
            <translation>지금 일하는 창구 (등록하는 기록의 창구)</translation>
        </message>
        <message>
            <source>동주민센터 장소</source>
            <translation>동주민센터 장소</translation>
        </message>
        <message>
            <source>동주민센터 창구의 장소</source>
            <translation>동주민센터 창구의 장소</translation>
        </message>
        <message>
            <source> 창구(&amp;W): </source>
            <translation> 창구(&amp;W): </translation>
        </message>
        <message>
            <source>  장소: </source>
            <translation>  장소: </translation>
        </message>
        <message>
            <source>파일(&amp;F)</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>가져오기(&amp;I)…</source>
            <translation>가져오기(&amp;I)…</translation>
        </message>
        <message>
            <source>통합문서 가져오기는 관리자만 할 수 있습니다.</source>
            <translation>통합문서 가져오기는 관리자만 할 수 있습니다.</translation>
        </message>
        <message>
            <source>빈 양식 저장(&amp;T)…</source>
            <translation>빈 양식 저장(&amp;T)…</translation>
        </message>
        <message>
            <source>가져오기용 빈 기록 통합문서를 저장합니다.</source>
            <translation>가져오기용 빈 기록 통합문서를 저장합니다.</translation>
        </message>
        <message>
            <source>종료(&amp;X)</source>
            <translation>종료(&amp;X)</translation>
        </message>
        <message>
            <source>로그아웃(&amp;O)</source>
            <translation>로그아웃(&amp;O)</translation>
        </message>
        <message>
            <source>이 계정의 창을 닫고 로그인 화면으로 돌아갑니다 (프로그램은 그대로).</source>
            <translation>이 계정의 창을 닫고 로그인 화면으로 돌아갑니다 (프로그램은 그대로).</translation>
        </message>
        <message>
            <source>사용자 전환(&amp;U)…</source>
            <translation>사용자 전환(&amp;U)…</translation>
        </message>
        <message>
            <source>이 계정을 로그아웃하고 다른 사람이 자기 계정으로 로그인합니다.</source>
            <translation>이 계정을 로그아웃하고 다른 사람이 자기 계정으로 로그인합니다.</translation>
        </message>
        <message>
            <source>기록(&amp;C)</source>
            <translation>기록(&amp;C)</translation>
        </message>
        <message>
            <source>구직자 찾기(&amp;F)</source>
            <translation>구직자 찾기(&amp;F)</translation>
        </message>
        <message>
            <source>이름, 초성, 전화번호 끝 4자리로 구직자를 찾습니다.</source>
            <translation>이름, 초성, 전화번호 끝 4자리로 구직자를 찾습니다.</translation>
        </message>
        <message>
            <source>새로 등록(&amp;N)…</source>
            <translation>새로 등록(&amp;N)…</translation>
        </message>
        <message>
            <source>구인 등록(&amp;O)…</source>
            <translation>구인 등록(&amp;O)…</translation>
        </message>
        <message>
            <source>구인업체·구인 화면에서 고른 업체의 구인을 등록합니다.</source>
            <translation>구인업체·구인 화면에서 고른 업체의 구인을 등록합니다.</translation>
        </message>
        <message>
            <source>알선 결과 기록(&amp;E)…</source>
            <translation>알선 결과 기록(&amp;E)…</translation>
        </message>
        <message>
            <source>알선·취업 화면에서 고른 알선의 결과를 기록합니다.</source>
            <translation>알선·취업 화면에서 고른 알선의 결과를 기록합니다.</translation>
        </message>
        <message>
            <source>취업지원 프로그램(&amp;G)…</source>
            <translation>취업지원 프로그램(&amp;G)…</translation>
        </message>
        <message>
            <source>프로그램의 회차·참여자·이수·자격 취득과 운영현황을 봅니다.</source>
            <translation>프로그램의 회차·참여자·이수·자격 취득과 운영현황을 봅니다.</translation>
        </message>
        <message>
            <source>보기(&amp;V)</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>창구 도구 모음(&amp;W)</source>
            <translation>창구 도구 모음(&amp;W)</translation>
        </message>
        <message>
            <source>기업발굴 실적(&amp;B)…</source>
            <translation>기업발굴 실적(&amp;B)…</translation>
        </message>
        <message>
            <source>창구별·월별 신규 발굴, 방문, 전화, 협약, 발굴기업 구인등록을 봅니다.</source>
            <translation>창구별·월별 신규 발굴, 방문, 전화, 협약, 발굴기업 구인등록을 봅니다.</translation>
        </message>
        <message>
            <source>고용유지 현황(&amp;K)…</source>
            <translation>고용유지 현황(&amp;K)…</translation>
        </message>
        <message>
            <source>취업자의 1·3·6개월 고용유지를 봅니다.</source>
            <translation>취업자의 1·3·6개월 고용유지를 봅니다.</translation>
        </message>
        <message>
            <source>상담사별 실적(&amp;P)…</source>
            <translation>상담사별 실적(&amp;P)…</translation>
        </message>
        <message>
            <source>상담사별·월별 구직등록, 상담, 알선, 취업자수, 사후관리를 봅니다.</source>
            <translation>상담사별·월별 구직등록, 상담, 알선, 취업자수, 사후관리를 봅니다.</translation>
        </message>
        <message>
            <source>도움말(&amp;H)</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>사용자 안내서(&amp;H)</source>
            <translation>사용자 안내서(&amp;H)</translation>
        </message>
        <message>
            <source>지금 화면의 사용법을 안내서에서 봅니다.</source>
            <translation>지금 화면의 사용법을 안내서에서 봅니다.</translation>
        </message>
        <message>
            <source>deskapp 정보(&amp;A)</source>
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
            <source>구인업체 등록(&amp;N)…</source>
            <translation>구인업체 등록(&amp;N)…</translation>
        </message>
        <message>
            <source>구직자 등록(&amp;N)…</source>
            <translation>구직자 등록(&amp;N)…</translation>
        </message>
        <message>
            <source>구인을 등록할 업체를 고른 뒤 다시 Ctrl+Shift+N을 누르세요.</source>
            <translation>구인을 등록할 업체를 고른 뒤 다시 Ctrl+Shift+N을 누르세요.</translation>
        </message>
        <message>
            <source>빈 양식 저장</source>
            <translation>빈 양식 저장</translation>
        </message>
        <message>
            <source>기록양식.xlsx</source>
            <translation>기록양식.xlsx</translation>
        </message>
        <message>
            <source>Excel 통합문서 (*.xlsx)</source>
            <translation>Excel 통합문서 (*.xlsx)</translation>
        </message>
        <message>
            <source>빈 양식을 저장하는 중…</source>
            <translation>빈 양식을 저장하는 중…</translation>
        </message>
        <message>
            <source>deskapp 정보</source>
            <translation>deskapp 정보</translation>
        </message>
        <message>
            <source>&lt;h3&gt;deskapp {version}&lt;/h3&gt;&lt;p&gt;금천구 일자리 상담창구(일자리플러스센터, G밸리, 동주민센터, 고용복지플러스센터)의 구직·구인 등록, 상담, 알선, 취업 기록과 통계를 관리합니다.&lt;/p&gt;&lt;p&gt;데이터베이스: {location}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;deskapp {version}&lt;/h3&gt;&lt;p&gt;금천구 일자리 상담창구(일자리플러스센터, G밸리, 동주민센터, 고용복지플러스센터)의 구직·구인 등록, 상담, 알선, 취업 기록과 통계를 관리합니다.&lt;/p&gt;&lt;p&gt;데이터베이스: {location}&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MatchDialog</name>
        <message>
            <source>추천 구인 — {title}</source>
            <translation>추천 구인 — {title}</translation>
        </message>
        <message>
            <source>추천 구인</source>
            <translation>추천 구인</translation>
        </message>
        <message>
            <source>Enter: 고른 구인에 알선 (확인 후) · Esc: 닫기</source>
            <translation>Enter: 고른 구인에 알선 (확인 후) · Esc: 닫기</translation>
        </message>
        <message>
            <source>{seeker} → {opening}
이 구인에 알선할까요?</source>
            <translation>{seeker} → {opening}
이 구인에 알선할까요?</translation>
        </message>
        <message>
            <source>알맞은 구인이 없습니다.</source>
            <translation>알맞은 구인이 없습니다.</translation>
        </message>
        <message>
            <source>{title}에 알선했습니다.</source>
            <translation>{title}에 알선했습니다.</translation>
        </message>
    </context>
    <context>
        <name>MatchesDialog</name>
        <message>
            <source>고른 줄의 추천 이유</source>
            <extracomment>The column of the reasons (추천 이유): it takes the free width and wraps.</extracomment>
            <translation>고른 줄의 추천 이유</translation>
        </message>
        <message>
            <source>닫기 (Esc)</source>
            <translation>닫기 (Esc)</translation>
        </message>
        <message>
            <source>알선 확인</source>
            <translation>알선 확인</translation>
        </message>
        <message>
            <source>알선일 {day} · 알선창구 {desk}</source>
            <translation>알선일 {day} · 알선창구 {desk}</translation>
        </message>
        <message>
            <source>알선(&amp;R)</source>
            <translation>알선(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>MatchesModel</name>
        <message>
            <source>구인</source>
            <translation>구인</translation>
        </message>
        <message>
            <source>조건</source>
            <translation>조건</translation>
        </message>
        <message>
            <source>추천 이유</source>
            <translation>추천 이유</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>구직자 병합</source>
            <translation>구직자 병합</translation>
        </message>
        <message>
            <source>남길 기록</source>
            <translation>남길 기록</translation>
        </message>
        <message>
            <source>합칠 중복 기록</source>
            <translation>합칠 중복 기록</translation>
        </message>
        <message>
            <source>남길 기록(&amp;K):</source>
            <translation>남길 기록(&amp;K):</translation>
        </message>
        <message>
            <source>합칠 중복 기록(&amp;D):</source>
            <translation>합칠 중복 기록(&amp;D):</translation>
        </message>
        <message>
            <source>다른 점이 있지만 같은 사람이 맞습니다(&amp;Y)</source>
            <translation>다른 점이 있지만 같은 사람이 맞습니다(&amp;Y)</translation>
        </message>
        <message>
            <source>같은 사람인 까닭</source>
            <translation>같은 사람인 까닭</translation>
        </message>
        <message>
            <source>예: 전화번호를 바꿈, 생년월일 오타 확인</source>
            <translation>예: 전화번호를 바꿈, 생년월일 오타 확인</translation>
        </message>
        <message>
            <source>두 기록이 다릅니다</source>
            <translation>두 기록이 다릅니다</translation>
        </message>
        <message>
            <source>까닭(&amp;W):</source>
            <translation>까닭(&amp;W):</translation>
        </message>
        <message>
            <source>병합(&amp;M)</source>
            <translation>병합(&amp;M)</translation>
        </message>
        <message>
            <source>마지막 병합 되돌리기(&amp;U)</source>
            <translation>마지막 병합 되돌리기(&amp;U)</translation>
        </message>
        <message>
            <source>닫기</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>합칠 기록의 상담·알선·취업이 남길 기록으로 옮겨지고, 합친 기록은 무효가 됩니다.
이름, 초성, 전화번호 끝 4자리 또는 구직자번호로 찾아 ↓와 Enter로 고르세요.</source>
            <translation>합칠 기록의 상담·알선·취업이 남길 기록으로 옮겨지고, 합친 기록은 무효가 됩니다.
이름, 초성, 전화번호 끝 4자리 또는 구직자번호로 찾아 ↓와 Enter로 고르세요.</translation>
        </message>
        <message>
            <source>같은 기록끼리는 합칠 수 없습니다.</source>
            <translation>같은 기록끼리는 합칠 수 없습니다.</translation>
        </message>
        <message>
            <source>두 기록이 다릅니다. 같은 사람이 맞으면 확인란에 표시하고 까닭을 적으세요.</source>
            <translation>두 기록이 다릅니다. 같은 사람이 맞으면 확인란에 표시하고 까닭을 적으세요.</translation>
        </message>
        <message>
            <source>{field}을 목록에서 고르세요 (찾아서 ↓, Enter).</source>
            <translation>{field}을 목록에서 고르세요 (찾아서 ↓, Enter).</translation>
        </message>
        <message>
            <source>{gone_obj} {keep} ({keep_no})에 합칩니다. 병합을 한 번 더 누르면 합칩니다.</source>
            <translation>{gone_obj} {keep} ({keep_no})에 합칩니다. 병합을 한 번 더 누르면 합칩니다.</translation>
        </message>
        <message>
            <source>두 기록의 {fields_subj} 다릅니다. </source>
            <translation>두 기록의 {fields_subj} 다릅니다. </translation>
        </message>
        <message>
            <source>항목</source>
            <translation>항목</translation>
        </message>
        <message>
            <source>병합했습니다. 되돌리려면 Alt+U.</source>
            <translation>병합했습니다. 되돌리려면 Alt+U.</translation>
        </message>
        <message>
            <source>병합을 되돌렸습니다.</source>
            <translation>병합을 되돌렸습니다.</translation>
        </message>
    </context>
    <context>
        <name>MonthPicker</name>
        <message>
            <source>년</source>
            <translation>년</translation>
        </message>
        <message>
            <source>연도</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>연간 전체</source>
            <translation>연간 전체</translation>
        </message>
        <message>
            <source>{month}월</source>
            <translation>{month}월</translation>
        </message>
        <message>
            <source>월</source>
            <translation>월</translation>
        </message>
        <message>
            <source>{year}년 {month}월</source>
            <translation>{year}년 {month}월</translation>
        </message>
        <message>
            <source>{year}년</source>
            <translation>{year}년</translation>
        </message>
    </context>
    <context>
        <name>MonthlyBreakdownModel</name>
        <message>
            <source>월</source>
            <translation>월</translation>
        </message>
        <message>
            <source>누계</source>
            <translation>누계</translation>
        </message>
    </context>
    <context>
        <name>MonthlyStatsModel</name>
        <message>
            <source>월</source>
            <translation>월</translation>
        </message>
        <message>
            <source>당월</source>
            <translation>당월</translation>
        </message>
        <message>
            <source>누계</source>
            <translation>누계</translation>
        </message>
    </context>
    <context>
        <name>NewEmployerForm</name>
        <message>
            <source>새 업체 참여 — {name}</source>
            <translation>새 업체 참여 — {name}</translation>
        </message>
        <message>
            <source>업체명(&amp;M)</source>
            <translation>업체명(&amp;M)</translation>
        </message>
        <message>
            <source>연락처(&amp;P)</source>
            <translation>연락처(&amp;P)</translation>
        </message>
        <message>
            <source>모집직종(&amp;J)</source>
            <translation>모집직종(&amp;J)</translation>
        </message>
        <message>
            <source>적으면 구인도 등록합니다</source>
            <translation>적으면 구인도 등록합니다</translation>
        </message>
        <message>
            <source>모집인원(&amp;R)</source>
            <translation>모집인원(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>OccupationChooser</name>
        <message>
            <source>고르기… (F4)</source>
            <translation>고르기… (F4)</translation>
        </message>
        <message>
            <source>고른 코드를 지우고 낱말로 찾기</source>
            <translation>고른 코드를 지우고 낱말로 찾기</translation>
        </message>
        <message>
            <source>고른 직업분류 지우기</source>
            <translation>고른 직업분류 지우기</translation>
        </message>
        <message>
            <source>{occupation} (고름)</source>
            <translation>{occupation} (고름)</translation>
        </message>
        <message>
            <source>{occupation} (낱말로 찾음)</source>
            <translation>{occupation} (낱말로 찾음)</translation>
        </message>
        <message>
            <source>코드 없음 — F4로 직업분류에서 고르세요</source>
            <translation>코드 없음 — F4로 직업분류에서 고르세요</translation>
        </message>
    </context>
    <context>
        <name>OccupationDialog</name>
        <message>
            <source>직업분류에서 고르기</source>
            <translation>직업분류에서 고르기</translation>
        </message>
        <message>
            <source>직업 이름의 낱말 또는 코드 (예: 경비, 5413)</source>
            <translation>직업 이름의 낱말 또는 코드 (예: 경비, 5413)</translation>
        </message>
        <message>
            <source>직업 찾기</source>
            <translation>직업 찾기</translation>
        </message>
        <message>
            <source>직업분류</source>
            <translation>직업분류</translation>
        </message>
        <message>
            <source>↓: 목록으로 · Enter: 세분류 고르기 (분류는 펼치기) · Esc: 닫기</source>
            <translation>↓: 목록으로 · Enter: 세분류 고르기 (분류는 펼치기) · Esc: 닫기</translation>
        </message>
        <message>
            <source>고르기</source>
            <translation>고르기</translation>
        </message>
        <message>
            <source>세분류 {count}개</source>
            <translation>세분류 {count}개</translation>
        </message>
        <message>
            <source>세분류(4자리 코드)를 고르십시오.</source>
            <translation>세분류(4자리 코드)를 고르십시오.</translation>
        </message>
    </context>
    <context>
        <name>OpeningForm</name>
        <message>
            <source>구인 등록 — {name}</source>
            <translation>구인 등록 — {name}</translation>
        </message>
        <message>
            <source>업체</source>
            <translation>업체</translation>
        </message>
        <message>
            <source>모집직종(&amp;J)</source>
            <translation>모집직종(&amp;J)</translation>
        </message>
        <message>
            <source>모집인원</source>
            <translation>모집인원</translation>
        </message>
        <message>
            <source>임금</source>
            <translation>임금</translation>
        </message>
        <message>
            <source>예: 월 230만원</source>
            <translation>예: 월 230만원</translation>
        </message>
        <message>
            <source>고용형태</source>
            <translation>고용형태</translation>
        </message>
        <message>
            <source>(적지 않음)</source>
            <translation>(적지 않음)</translation>
        </message>
        <message>
            <source>마감일</source>
            <translation>마감일</translation>
        </message>
        <message>
            <source>등록일</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>등록창구</source>
            <translation>등록창구</translation>
        </message>
        <message>
            <source>마감(&amp;K)</source>
            <translation>마감(&amp;K)</translation>
        </message>
        <message>
            <source>모집 중</source>
            <translation>모집 중</translation>
        </message>
        <message>
            <source>채용 {hired}명 / 모집인원만큼 채용되면 '채용완료'로 마감하세요.</source>
            <translation>채용 {hired}명 / 모집인원만큼 채용되면 '채용완료'로 마감하세요.</translation>
        </message>
        <message>
            <source>마감일이 등록일보다 빠릅니다.</source>
            <translation>마감일이 등록일보다 빠릅니다.</translation>
        </message>
    </context>
    <context>
        <name>OpeningRecord</name>
        <message>
            <source>구인 정보</source>
            <translation>구인 정보</translation>
        </message>
        <message>
            <source>구인번호</source>
            <translation>구인번호</translation>
        </message>
        <message>
            <source>업체</source>
            <translation>업체</translation>
        </message>
        <message>
            <source>모집직종</source>
            <translation>모집직종</translation>
        </message>
        <message>
            <source>채용 / 모집인원</source>
            <translation>채용 / 모집인원</translation>
        </message>
        <message>
            <source>임금</source>
            <translation>임금</translation>
        </message>
        <message>
            <source>고용형태</source>
            <translation>고용형태</translation>
        </message>
        <message>
            <source>마감일</source>
            <translation>마감일</translation>
        </message>
        <message>
            <source>등록일·창구</source>
            <translation>등록일·창구</translation>
        </message>
        <message>
            <source>상태</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>알선(&amp;1)</source>
            <translation>알선(&amp;1)</translation>
        </message>
        <message>
            <source>취업(&amp;2)</source>
            <translation>취업(&amp;2)</translation>
        </message>
        <message>
            <source>변경 이력(&amp;3)</source>
            <translation>변경 이력(&amp;3)</translation>
        </message>
        <message>
            <source>수정</source>
            <translation>수정</translation>
        </message>
        <message>
            <source>마감</source>
            <translation>마감</translation>
        </message>
        <message>
            <source>맞는 구직자</source>
            <translation>맞는 구직자</translation>
        </message>
        <message>
            <source>구인 — {title}</source>
            <translation>구인 — {title}</translation>
        </message>
        <message>
            <source>{hires}명 / {headcount}명</source>
            <translation>{hires}명 / {headcount}명</translation>
        </message>
        <message>
            <source>다시 열기</source>
            <translation>다시 열기</translation>
        </message>
        <message>
            <source>다른 창구의 알선·취업 {count}건은 이 목록에 없습니다.</source>
            <translation>다른 창구의 알선·취업 {count}건은 이 목록에 없습니다.</translation>
        </message>
        <message>
            <source>구인 다시 열기</source>
            <translation>구인 다시 열기</translation>
        </message>
        <message>
            <source>구인 {number_obj} 다시 엽니다.
사유(&amp;R):</source>
            <translation>구인 {number_obj} 다시 엽니다.
사유(&amp;R):</translation>
        </message>
        <message>
            <source>구인 {number_obj} {reason_to} 마감합니다 (채용 {hires}명 / 모집 {headcount}명). 마감한 구인은 추천 구인과 맞는 구직자에 나오지 않습니다.
사유(&amp;R):</source>
            <translation>구인 {number_obj} {reason_to} 마감합니다 (채용 {hires}명 / 모집 {headcount}명). 마감한 구인은 추천 구인과 맞는 구직자에 나오지 않습니다.
사유(&amp;R):</translation>
        </message>
        <message>
            <source>구인 마감</source>
            <translation>구인 마감</translation>
        </message>
    </context>
    <context>
        <name>OutcomeForm</name>
        <message>
            <source>알선 결과 기록</source>
            <translation>알선 결과 기록</translation>
        </message>
        <message>
            <source>알선</source>
            <translation>알선</translation>
        </message>
        <message>
            <source>결과를 기록할 알선을 고르세요.</source>
            <translation>결과를 기록할 알선을 고르세요.</translation>
        </message>
        <message>
            <source>결과</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>(고르세요)</source>
            <translation>(고르세요)</translation>
        </message>
        <message>
            <source>결과를 고르세요.</source>
            <translation>결과를 고르세요.</translation>
        </message>
    </context>
    <context>
        <name>OutreachItemsModel</name>
        <message>
            <source>기한</source>
            <translation>기한</translation>
        </message>
        <message>
            <source>업체</source>
            <translation>업체</translation>
        </message>
        <message>
            <source>할 일</source>
            <translation>할 일</translation>
        </message>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>상담사</source>
            <translation>상담사</translation>
        </message>
    </context>
    <context>
        <name>OutreachPanel</name>
        <message>
            <source>접촉 기록</source>
            <translation>접촉 기록</translation>
        </message>
        <message>
            <source>구민 우선 채용 협약</source>
            <translation>구민 우선 채용 협약</translation>
        </message>
        <message>
            <source>Ctrl+L: 접촉 기록 · Ctrl+Shift+A: 협약 등록 · Ctrl+Shift+D: 다음 할 일 완료 · Delete: 고른 접촉·협약 무효 처리</source>
            <translation>Ctrl+L: 접촉 기록 · Ctrl+Shift+A: 협약 등록 · Ctrl+Shift+D: 다음 할 일 완료 · Delete: 고른 접촉·협약 무효 처리</translation>
        </message>
        <message>
            <source>무효 처리</source>
            <translation>무효 처리</translation>
        </message>
        <message>
            <source>{day} 협약</source>
            <translation>{day} 협약</translation>
        </message>
        <message>
            <source>{day} {kind} 접촉</source>
            <translation>{day} {kind} 접촉</translation>
        </message>
        <message>
            <source>무효로 할 접촉이나 협약을 고르십시오.</source>
            <translation>무효로 할 접촉이나 협약을 고르십시오.</translation>
        </message>
        <message>
            <source>{what_obj} 무효로 했습니다.</source>
            <translation>{what_obj} 무효로 했습니다.</translation>
        </message>
        <message>
            <source>{what_obj} 무효로 합니다. 실적에서 빠지고 기록은 남습니다.
사유(&amp;R):</source>
            <translation>{what_obj} 무효로 합니다. 실적에서 빠지고 기록은 남습니다.
사유(&amp;R):</translation>
        </message>
        <message>
            <source>끝내지 않은 다음 할 일이 있는 접촉을 고르십시오.</source>
            <translation>끝내지 않은 다음 할 일이 있는 접촉을 고르십시오.</translation>
        </message>
        <message>
            <source>다음 할 일을 마쳤습니다.</source>
            <translation>다음 할 일을 마쳤습니다.</translation>
        </message>
    </context>
    <context>
        <name>OutreachReportDialog</name>
        <message>
            <source>기업발굴 실적</source>
            <translation>기업발굴 실적</translation>
        </message>
        <message>
            <source>연도</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>연도(&amp;Y):</source>
            <translation>연도(&amp;Y):</translation>
        </message>
        <message>
            <source>닫기 (Esc)</source>
            <translation>닫기 (Esc)</translation>
        </message>
        <message>
            <source>불러오는 중…</source>
            <translation>불러오는 중…</translation>
        </message>
    </context>
    <context>
        <name>OutreachReportModel</name>
        <message>
            <source>월</source>
            <translation>월</translation>
        </message>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsModel</name>
        <message>
            <source>성명</source>
            <translation>성명</translation>
        </message>
        <message>
            <source>구직자번호</source>
            <translation>구직자번호</translation>
        </message>
        <message>
            <source>면접</source>
            <translation>면접</translation>
        </message>
        <message>
            <source>예</source>
            <translation>예</translation>
        </message>
        <message>
            <source>결과</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>면접 업체</source>
            <translation>면접 업체</translation>
        </message>
        <message>
            <source>취업</source>
            <translation>취업</translation>
        </message>
        <message>
            <source>취업 등록</source>
            <translation>취업 등록</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>비밀번호 재설정 — {username}</source>
            <translation>비밀번호 재설정 — {username}</translation>
        </message>
        <message>
            <source>새 비밀번호(&amp;P):</source>
            <translation>새 비밀번호(&amp;P):</translation>
        </message>
        <message>
            <source>비밀번호 확인(&amp;C):</source>
            <translation>비밀번호 확인(&amp;C):</translation>
        </message>
        <message>
            <source>{name} ({username})에게 새 비밀번호를 줍니다. 잠긴 계정이면 잠금도 풀립니다. 새 비밀번호는 본인에게 직접 알려 주세요.</source>
            <translation>{name} ({username})에게 새 비밀번호를 줍니다. 잠긴 계정이면 잠금도 풀립니다. 새 비밀번호는 본인에게 직접 알려 주세요.</translation>
        </message>
        <message>
            <source>비밀번호와 비밀번호 확인이 같지 않습니다.</source>
            <translation>비밀번호와 비밀번호 확인이 같지 않습니다.</translation>
        </message>
        <message>
            <source>비밀번호를 바꾸는 중…</source>
            <translation>비밀번호를 바꾸는 중…</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>성명</source>
            <translation>성명</translation>
        </message>
        <message>
            <source>구직자번호</source>
            <translation>구직자번호</translation>
        </message>
        <message>
            <source>취업일</source>
            <translation>취업일</translation>
        </message>
        <message>
            <source>확인 예정일</source>
            <translation>확인 예정일</translation>
        </message>
        <message>
            <source>취업처</source>
            <translation>취업처</translation>
        </message>
        <message>
            <source>확인일</source>
            <translation>확인일</translation>
        </message>
        <message>
            <source>메모</source>
            <translation>메모</translation>
        </message>
        <message>
            <source>기간 중 취업</source>
            <translation>기간 중 취업</translation>
        </message>
        <message>
            <source>{n}건</source>
            <translation>{n}건</translation>
        </message>
    </context>
    <context>
        <name>PerformanceDialog</name>
        <message>
            <source>상담사별 실적</source>
            <translation>상담사별 실적</translation>
        </message>
        <message>
            <source>닫기 (Esc)</source>
            <translation>닫기 (Esc)</translation>
        </message>
    </context>
    <context>
        <name>PerformanceDrillDown</name>
        <message>
            <source>실적 상세 목록</source>
            <translation>실적 상세 목록</translation>
        </message>
        <message>
            <source>닫기</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>불러오는 중…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <source>전체 창구</source>
            <translation>전체 창구</translation>
        </message>
        <message>
            <source>{counselor} · {measure} {count} ({period}, {where})</source>
            <translation>{counselor} · {measure} {count} ({period}, {where})</translation>
        </message>
        <message>
            <source>{counselor} · {period} {measure}: 이 칸에 센 기록 {count}</source>
            <translation>{counselor} · {period} {measure}: 이 칸에 센 기록 {count}</translation>
        </message>
        <message>
            <source>취업자수는 사람을 셉니다: 두 번 이상 취업한 사람도 한 줄입니다.</source>
            <translation>취업자수는 사람을 셉니다: 두 번 이상 취업한 사람도 한 줄입니다.</translation>
        </message>
    </context>
    <context>
        <name>PerformanceModel</name>
        <message>
            <source>상담사</source>
            <translation>상담사</translation>
        </message>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>{month}월</source>
            <translation>{month}월</translation>
        </message>
        <message>
            <source>합계</source>
            <translation>합계</translation>
        </message>
    </context>
    <context>
        <name>PerformanceView</name>
        <message>
            <source>년</source>
            <translation>년</translation>
        </message>
        <message>
            <source>연도</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>연도(&amp;Y):</source>
            <translation>연도(&amp;Y):</translation>
        </message>
        <message>
            <source>전체 창구</source>
            <translation>전체 창구</translation>
        </message>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>창구(&amp;D):</source>
            <translation>창구(&amp;D):</translation>
        </message>
        <message>
            <source>지표</source>
            <translation>지표</translation>
        </message>
        <message>
            <source>지표(&amp;I):</source>
            <translation>지표(&amp;I):</translation>
        </message>
        <message>
            <source>상담사별 실적</source>
            <translation>상담사별 실적</translation>
        </message>
        <message>
            <source>칸에서 Enter를 누르거나 두 번 누르면 센 기록을 봅니다.</source>
            <translation>칸에서 Enter를 누르거나 두 번 누르면 센 기록을 봅니다.</translation>
        </message>
        <message>
            <source>불러오는 중…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <source>이 해에 센 기록이 없습니다.</source>
            <translation>이 해에 센 기록이 없습니다.</translation>
        </message>
        <message>
            <source>{year}년 상담사별 {measure}({unit}).</source>
            <translation>{year}년 상담사별 {measure}({unit}).</translation>
        </message>
        <message>
            <source>합계는 한 해 동안 취업한 사람 수입니다(두 번 취업해도 한 번).</source>
            <translation>합계는 한 해 동안 취업한 사람 수입니다(두 번 취업해도 한 번).</translation>
        </message>
        <message>
            <source>사후관리는 그 달에 기록한 고용유지 확인(1·3·6개월)입니다.</source>
            <translation>사후관리는 그 달에 기록한 고용유지 확인(1·3·6개월)입니다.</translation>
        </message>
        <message>
            <source>칸에서 Enter를 누르면 센 기록을 봅니다.</source>
            <translation>칸에서 Enter를 누르면 센 기록을 봅니다.</translation>
        </message>
    </context>
    <context>
        <name>PeriodBox</name>
        <message>
            <source>시작일</source>
            <translation>시작일</translation>
        </message>
        <message>
            <source>종료일</source>
            <translation>종료일</translation>
        </message>
        <message>
            <source>기간(&amp;P):</source>
            <translation>기간(&amp;P):</translation>
        </message>
    </context>
    <context>
        <name>PeriodFilter</name>
        <message>
            <source>시작일</source>
            <translation>시작일</translation>
        </message>
        <message>
            <source>종료일</source>
            <translation>종료일</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <source>기간</source>
            <extracomment>What a query counts: the table, the monthly series, and the same broken down (or None).</extracomment>
            <translation>기간</translation>
        </message>
        <message>
            <source>월(&amp;M)</source>
            <translation>월(&amp;M)</translation>
        </message>
        <message>
            <source>년</source>
            <translation>년</translation>
        </message>
        <message>
            <source>연도</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>{month}월</source>
            <translation>{month}월</translation>
        </message>
        <message>
            <source>월</source>
            <translation>월</translation>
        </message>
        <message>
            <source>올해 누계(&amp;Y)</source>
            <translation>올해 누계(&amp;Y)</translation>
        </message>
        <message>
            <source>기간 지정(&amp;R)</source>
            <translation>기간 지정(&amp;R)</translation>
        </message>
        <message>
            <source>시작일</source>
            <translation>시작일</translation>
        </message>
        <message>
            <source>종료일</source>
            <translation>종료일</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>‘{title}’ 화면은 다음 버전에서 제공됩니다.</source>
            <translation>‘{title}’ 화면은 다음 버전에서 제공됩니다.</translation>
        </message>
    </context>
    <context>
        <name>PlacementEditForm</name>
        <message>
            <source>취업일</source>
            <translation>취업일</translation>
        </message>
        <message>
            <source>구인번호</source>
            <translation>구인번호</translation>
        </message>
        <message>
            <source>알선받은 구인의 번호 (비우면 본인취업)</source>
            <translation>알선받은 구인의 번호 (비우면 본인취업)</translation>
        </message>
        <message>
            <source>업체명</source>
            <translation>업체명</translation>
        </message>
        <message>
            <source>고용형태</source>
            <translation>고용형태</translation>
        </message>
        <message>
            <source>확인방법</source>
            <translation>확인방법</translation>
        </message>
        <message>
            <source>(적지 않음)</source>
            <translation>(적지 않음)</translation>
        </message>
        <message>
            <source>취업창구</source>
            <translation>취업창구</translation>
        </message>
    </context>
    <context>
        <name>PlacementForm</name>
        <message>
            <source>취업 기록</source>
            <translation>취업 기록</translation>
        </message>
        <message>
            <source>취업 구분</source>
            <translation>취업 구분</translation>
        </message>
        <message>
            <source>알선취업은 어느 알선에서인지 고르세요.</source>
            <translation>알선취업은 어느 알선에서인지 고르세요.</translation>
        </message>
        <message>
            <source>알선</source>
            <translation>알선</translation>
        </message>
        <message>
            <source>취업일</source>
            <translation>취업일</translation>
        </message>
        <message>
            <source>업체명</source>
            <translation>업체명</translation>
        </message>
        <message>
            <source>본인취업이면 적으세요 (알선취업은 구인의 업체)</source>
            <translation>본인취업이면 적으세요 (알선취업은 구인의 업체)</translation>
        </message>
        <message>
            <source>고용형태</source>
            <translation>고용형태</translation>
        </message>
        <message>
            <source>예: 상용직, 계약직</source>
            <translation>예: 상용직, 계약직</translation>
        </message>
        <message>
            <source>확인방법</source>
            <translation>확인방법</translation>
        </message>
        <message>
            <source>(적지 않음)</source>
            <translation>(적지 않음)</translation>
        </message>
        <message>
            <source>취업창구</source>
            <translation>취업창구</translation>
        </message>
    </context>
    <context>
        <name>PlacementsModel</name>
        <message>
            <source>취업일</source>
            <translation>취업일</translation>
        </message>
        <message>
            <source>구직자</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>상담사</source>
            <translation>상담사</translation>
        </message>
        <message>
            <source>구분</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>확인방법</source>
            <translation>확인방법</translation>
        </message>
        <message>
            <source>출처</source>
            <translation>출처</translation>
        </message>
        <message>
            <source>입력일</source>
            <translation>입력일</translation>
        </message>
        <message>
            <source>검토</source>
            <translation>검토</translation>
        </message>
        <message>
            <source>미검토</source>
            <translation>미검토</translation>
        </message>
    </context>
    <context>
        <name>PlacementsTab</name>
        <message>
            <source>기간(&amp;P):</source>
            <translation>기간(&amp;P):</translation>
        </message>
        <message>
            <source>모든 창구</source>
            <translation>모든 창구</translation>
        </message>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>창구(&amp;K):</source>
            <translation>창구(&amp;K):</translation>
        </message>
        <message>
            <source>조회(&amp;Q)</source>
            <translation>조회(&amp;Q)</translation>
        </message>
        <message>
            <source>고른 기간과 창구의 취업을 불러옵니다 (Enter)</source>
            <translation>고른 기간과 창구의 취업을 불러옵니다 (Enter)</translation>
        </message>
        <message>
            <source>알선취업</source>
            <translation>알선취업</translation>
        </message>
        <message>
            <source>본인취업</source>
            <translation>본인취업</translation>
        </message>
        <message>
            <source>계</source>
            <translation>계</translation>
        </message>
        <message>
            <source>미검토</source>
            <translation>미검토</translation>
        </message>
        <message>
            <source>창구·상담사별 취업 수</source>
            <translation>창구·상담사별 취업 수</translation>
        </message>
        <message>
            <source>검토할 취업</source>
            <translation>검토할 취업</translation>
        </message>
        <message>
            <source>Enter: 구직자 기록 열기 · Shift+방향키: 여러 건 고르기 · Ctrl+Enter: 검토 완료</source>
            <translation>Enter: 구직자 기록 열기 · Shift+방향키: 여러 건 고르기 · Ctrl+Enter: 검토 완료</translation>
        </message>
        <message>
            <source>검토 완료</source>
            <translation>검토 완료</translation>
        </message>
        <message>
            <source>검토 완료(&amp;D)</source>
            <translation>검토 완료(&amp;D)</translation>
        </message>
        <message>
            <source>고른 취업을 검토 완료로 표시합니다 (Ctrl+Enter)</source>
            <translation>고른 취업을 검토 완료로 표시합니다 (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>{period} 취업을 불러오는 중…</source>
            <translation>{period} 취업을 불러오는 중…</translation>
        </message>
        <message>
            <source>창구 계</source>
            <translation>창구 계</translation>
        </message>
        <message>
            <source>{period}: 취업 {count}건, 미검토 {open}건</source>
            <translation>{period}: 취업 {count}건, 미검토 {open}건</translation>
        </message>
        <message>
            <source>고른 {count}건 (미검토 {open}건)</source>
            <translation>고른 {count}건 (미검토 {open}건)</translation>
        </message>
        <message>
            <source>검토할 취업을 고르세요 (Shift+방향키로 여러 건, Ctrl+A로 모두).</source>
            <translation>검토할 취업을 고르세요 (Shift+방향키로 여러 건, Ctrl+A로 모두).</translation>
        </message>
        <message>
            <source>고른 취업은 모두 이미 검토되었습니다.</source>
            <translation>고른 취업은 모두 이미 검토되었습니다.</translation>
        </message>
        <message>
            <source>취업 {count}건을 검토 완료로 표시했습니다.</source>
            <translation>취업 {count}건을 검토 완료로 표시했습니다.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsModel</name>
        <message>
            <source>시트</source>
            <translation>시트</translation>
        </message>
        <message>
            <source>행</source>
            <translation>행</translation>
        </message>
        <message>
            <source>열</source>
            <translation>열</translation>
        </message>
        <message>
            <source>내용</source>
            <translation>내용</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeForm</name>
        <message>
            <source>프로그램 수정 — {name}</source>
            <translation>프로그램 수정 — {name}</translation>
        </message>
        <message>
            <source>새 프로그램</source>
            <translation>새 프로그램</translation>
        </message>
        <message>
            <source>프로그램명(&amp;N)</source>
            <translation>프로그램명(&amp;N)</translation>
        </message>
        <message>
            <source>구분(&amp;K)</source>
            <translation>구분(&amp;K)</translation>
        </message>
        <message>
            <source>운영창구(&amp;W)</source>
            <translation>운영창구(&amp;W)</translation>
        </message>
        <message>
            <source>시작일(&amp;S)</source>
            <translation>시작일(&amp;S)</translation>
        </message>
        <message>
            <source>종료일(&amp;E)</source>
            <translation>종료일(&amp;E)</translation>
        </message>
        <message>
            <source>비우면 연중</source>
            <translation>비우면 연중</translation>
        </message>
        <message>
            <source>교육대상(&amp;T)</source>
            <translation>교육대상(&amp;T)</translation>
        </message>
        <message>
            <source>위탁기관(&amp;P)</source>
            <translation>위탁기관(&amp;P)</translation>
        </message>
        <message>
            <source>비고(&amp;M)</source>
            <translation>비고(&amp;M)</translation>
        </message>
        <message>
            <source>시작일보다 빠를 수 없습니다.</source>
            <translation>시작일보다 빠를 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeWindow</name>
        <message>
            <source>회차</source>
            <translation>회차</translation>
        </message>
        <message>
            <source>참여자</source>
            <translation>참여자</translation>
        </message>
        <message>
            <source>회차(&amp;1)</source>
            <translation>회차(&amp;1)</translation>
        </message>
        <message>
            <source>참여자(&amp;2)</source>
            <translation>참여자(&amp;2)</translation>
        </message>
        <message>
            <source>회차 추가</source>
            <translation>회차 추가</translation>
        </message>
        <message>
            <source>참여 등록</source>
            <translation>참여 등록</translation>
        </message>
        <message>
            <source>이수</source>
            <translation>이수</translation>
        </message>
        <message>
            <source>자격 취득</source>
            <translation>자격 취득</translation>
        </message>
        <message>
            <source>프로그램 수정</source>
            <translation>프로그램 수정</translation>
        </message>
        <message>
            <source>회차 무효</source>
            <translation>회차 무효</translation>
        </message>
        <message>
            <source>프로그램</source>
            <translation>프로그램</translation>
        </message>
        <message>
            <source>무효</source>
            <translation>무효</translation>
        </message>
        <message>
            <source>프로그램 — {name}</source>
            <translation>프로그램 — {name}</translation>
        </message>
        <message>
            <source>대상 {target}</source>
            <translation>대상 {target}</translation>
        </message>
        <message>
            <source>위탁 {provider}</source>
            <translation>위탁 {provider}</translation>
        </message>
        <message>
            <source>참여 {n}명 · 이수 {c}명 · 자격 {q}명 · 회차 {s}회</source>
            <translation>참여 {n}명 · 이수 {c}명 · 자격 {q}명 · 회차 {s}회</translation>
        </message>
        <message>
            <source>참여자 목록에서 한 사람을 고르십시오.</source>
            <translation>참여자 목록에서 한 사람을 고르십시오.</translation>
        </message>
        <message>
            <source>회차를 추가했습니다.</source>
            <translation>회차를 추가했습니다.</translation>
        </message>
        <message>
            <source>참여자를 등록했습니다.</source>
            <translation>참여자를 등록했습니다.</translation>
        </message>
        <message>
            <source>이수를 기록했습니다.</source>
            <translation>이수를 기록했습니다.</translation>
        </message>
        <message>
            <source>자격 취득을 기록했습니다.</source>
            <translation>자격 취득을 기록했습니다.</translation>
        </message>
        <message>
            <source>프로그램을 고쳤습니다.</source>
            <translation>프로그램을 고쳤습니다.</translation>
        </message>
        <message>
            <source>회차 목록에서 무효로 할 회차를 고르십시오.</source>
            <translation>회차 목록에서 무효로 할 회차를 고르십시오.</translation>
        </message>
        <message>
            <source>{day} {number}회차를 무효로 합니다.{counted}</source>
            <translation>{day} {number}회차를 무효로 합니다.{counted}</translation>
        </message>
        <message>
            <source>회차를 무효로 했습니다.</source>
            <translation>회차를 무효로 했습니다.</translation>
        </message>
        <message>
            <source>참여자 목록에서 참여를 취소할 사람을 고르십시오.</source>
            <translation>참여자 목록에서 참여를 취소할 사람을 고르십시오.</translation>
        </message>
        <message>
            <source>{name} ({number})의 참여를 무효로 합니다.</source>
            <translation>{name} ({number})의 참여를 무효로 합니다.</translation>
        </message>
        <message>
            <source>참여 무효</source>
            <translation>참여 무효</translation>
        </message>
        <message>
            <source>참여를 무효로 했습니다.</source>
            <translation>참여를 무효로 했습니다.</translation>
        </message>
        <message>
            <source>{what} 사유를 적으십시오.</source>
            <translation>{what} 사유를 적으십시오.</translation>
        </message>
        <message>
            <source> 이 회차로 센 상담 {n}건도 무효가 됩니다.</source>
            <translation> 이 회차로 센 상담 {n}건도 무효가 됩니다.</translation>
        </message>
        <message>
            <source>무효 처리</source>
            <translation>무효 처리</translation>
        </message>
    </context>
    <context>
        <name>ProgrammesDialog</name>
        <message>
            <source>취업지원 프로그램</source>
            <translation>취업지원 프로그램</translation>
        </message>
        <message>
            <source>연도</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>연도(&amp;Y):</source>
            <translation>연도(&amp;Y):</translation>
        </message>
        <message>
            <source>전체</source>
            <translation>전체</translation>
        </message>
        <message>
            <source>구분</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>구분(&amp;K):</source>
            <translation>구분(&amp;K):</translation>
        </message>
        <message>
            <source>새 프로그램 (Ctrl+N)</source>
            <translation>새 프로그램 (Ctrl+N)</translation>
        </message>
        <message>
            <source>프로그램 목록</source>
            <translation>프로그램 목록</translation>
        </message>
        <message>
            <source>프로그램 성과</source>
            <translation>프로그램 성과</translation>
        </message>
        <message>
            <source>운영현황</source>
            <translation>운영현황</translation>
        </message>
        <message>
            <source>프로그램(&amp;1)</source>
            <translation>프로그램(&amp;1)</translation>
        </message>
        <message>
            <source>교육·자격·취업 성과(&amp;2)</source>
            <translation>교육·자격·취업 성과(&amp;2)</translation>
        </message>
        <message>
            <source>프로그램별 운영현황(&amp;3)</source>
            <translation>프로그램별 운영현황(&amp;3)</translation>
        </message>
        <message>
            <source>Enter: 프로그램 열기 · Ctrl+N: 새 프로그램 · Delete: 무효 · Ctrl+Tab: 다음 탭</source>
            <translation>Enter: 프로그램 열기 · Ctrl+N: 새 프로그램 · Delete: 무효 · Ctrl+Tab: 다음 탭</translation>
        </message>
        <message>
            <source>무효로 할 프로그램: {name}
회차 {sessions}회(상담으로 센 것 포함)와 참여 {enrolled}명도 무효가 됩니다. 사유를 적으십시오.</source>
            <translation>무효로 할 프로그램: {name}
회차 {sessions}회(상담으로 센 것 포함)와 참여 {enrolled}명도 무효가 됩니다. 사유를 적으십시오.</translation>
        </message>
        <message>
            <source>프로그램 무효</source>
            <translation>프로그램 무효</translation>
        </message>
        <message>
            <source>무효 처리</source>
            <translation>무효 처리</translation>
        </message>
        <message>
            <source>닫기 (Esc)</source>
            <translation>닫기 (Esc)</translation>
        </message>
        <message>
            <source>불러오는 중…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <source>이 해에 운영한 프로그램이 없습니다. Ctrl+N으로 만드세요.</source>
            <translation>이 해에 운영한 프로그램이 없습니다. Ctrl+N으로 만드세요.</translation>
        </message>
    </context>
    <context>
        <name>ProgrammesModel</name>
        <message>
            <source>프로그램명</source>
            <translation>프로그램명</translation>
        </message>
        <message>
            <source>구분</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>기간</source>
            <translation>기간</translation>
        </message>
        <message>
            <source>참여</source>
            <translation>참여</translation>
        </message>
        <message>
            <source>이수</source>
            <translation>이수</translation>
        </message>
        <message>
            <source>자격</source>
            <translation>자격</translation>
        </message>
        <message>
            <source>회차</source>
            <translation>회차</translation>
        </message>
    </context>
    <context>
        <name>PurgeDialog</name>
        <message>
            <source>개인정보 파기</source>
            <translation>개인정보 파기</translation>
        </message>
        <message>
            <source>정해진 기간 동안 등록도 상담·알선·취업도 없었던 구직자의 개인정보를 지웁니다: 성명, 연락처, 생년월일, 성별, 주소, 희망직종과 상담 내용. 창구·날짜·기록의 종류는 남으므로 지난 모든 기간의 통계는 그대로입니다. 지운 개인정보는 되살릴 수 없습니다.</source>
            <translation>정해진 기간 동안 등록도 상담·알선·취업도 없었던 구직자의 개인정보를 지웁니다: 성명, 연락처, 생년월일, 성별, 주소, 희망직종과 상담 내용. 창구·날짜·기록의 종류는 남으므로 지난 모든 기간의 통계는 그대로입니다. 지운 개인정보는 되살릴 수 없습니다.</translation>
        </message>
        <message>
            <source>년</source>
            <translation>년</translation>
        </message>
        <message>
            <source>활동이 없던 기간</source>
            <translation>활동이 없던 기간</translation>
        </message>
        <message>
            <source>파기하기 전에 데이터베이스 사본을 backups 폴더에 만듭니다 (서버 데이터베이스는 서버에서 백업하세요).</source>
            <translation>파기하기 전에 데이터베이스 사본을 backups 폴더에 만듭니다 (서버 데이터베이스는 서버에서 백업하세요).</translation>
        </message>
        <message>
            <source>개인정보가 지워지고 되살릴 수 없다는 것을 확인했습니다(&amp;C)</source>
            <translation>개인정보가 지워지고 되살릴 수 없다는 것을 확인했습니다(&amp;C)</translation>
        </message>
        <message>
            <source>활동이 없던 기간(&amp;Y):</source>
            <translation>활동이 없던 기간(&amp;Y):</translation>
        </message>
        <message>
            <source>파기(&amp;P)</source>
            <translation>파기(&amp;P)</translation>
        </message>
        <message>
            <source>닫기</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>{cutoff} 전에 등록했고 그날부터 상담·알선·취업이 한 번도 없는 구직자</source>
            <translation>{cutoff} 전에 등록했고 그날부터 상담·알선·취업이 한 번도 없는 구직자</translation>
        </message>
        <message>
            <source>사본을 만들고 개인정보를 지우는 중…</source>
            <translation>사본을 만들고 개인정보를 지우는 중…</translation>
        </message>
        <message>
            <source>{cutoff} 전부터 활동이 없던 구직자 {n:,}명의 개인정보를 지웠습니다.</source>
            <translation>{cutoff} 전부터 활동이 없던 구직자 {n:,}명의 개인정보를 지웠습니다.</translation>
        </message>
        <message>
            <source>파기 전 사본: {path}</source>
            <translation>파기 전 사본: {path}</translation>
        </message>
        <message>
            <source>서버 데이터베이스라 deskapp이 사본을 만들지 않았습니다.</source>
            <translation>서버 데이터베이스라 deskapp이 사본을 만들지 않았습니다.</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>사유</source>
            <translation>사유</translation>
        </message>
        <message>
            <source>취소</source>
            <translation>취소</translation>
        </message>
    </context>
    <context>
        <name>ReassignDialog</name>
        <message>
            <source>담당상담사 변경</source>
            <translation>담당상담사 변경</translation>
        </message>
        <message>
            <source> 외 {count}명</source>
            <translation> 외 {count}명</translation>
        </message>
        <message>
            <source>구직자 {count}명의 담당상담사를 바꿉니다: {names}</source>
            <translation>구직자 {count}명의 담당상담사를 바꿉니다: {names}</translation>
        </message>
        <message>
            <source>새 담당상담사</source>
            <translation>새 담당상담사</translation>
        </message>
        <message>
            <source>창구 없음</source>
            <translation>창구 없음</translation>
        </message>
        <message>
            <source>사유</source>
            <translation>사유</translation>
        </message>
        <message>
            <source>예: 퇴직, 업무 재배치</source>
            <translation>예: 퇴직, 업무 재배치</translation>
        </message>
        <message>
            <source>새 담당상담사(&amp;C):</source>
            <translation>새 담당상담사(&amp;C):</translation>
        </message>
        <message>
            <source>사유(&amp;R):</source>
            <translation>사유(&amp;R):</translation>
        </message>
        <message>
            <source>변경</source>
            <translation>변경</translation>
        </message>
        <message>
            <source>취소</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>구직자 {count}명의 담당상담사를 바꿨습니다.</source>
            <translation>구직자 {count}명의 담당상담사를 바꿨습니다.</translation>
        </message>
    </context>
    <context>
        <name>RecordListModel</name>
        <message>
            <source>목록이 {count:,}건으로 길어 ‘{title}’ 열로는 정렬하지 않았습니다. 검색어나 기간으로 좁혀 주세요.</source>
            <extracomment>Rows fetched at once, and how many such pages a list keeps. Lists up to this long may be sorted by a column the service cannot order by. The record's id (an int) in every column. The id of the seeker the row is about (None when it is about no seeker). The service gives the natural column's order descending (newest first).</extracomment>
            <translation>목록이 {count:,}건으로 길어 ‘{title}’ 열로는 정렬하지 않았습니다. 검색어나 기간으로 좁혀 주세요.</translation>
        </message>
    </context>
    <context>
        <name>ReferralEditForm</name>
        <message>
            <source>알선일</source>
            <translation>알선일</translation>
        </message>
        <message>
            <source>결과</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>(아직 없음)</source>
            <translation>(아직 없음)</translation>
        </message>
        <message>
            <source>알선창구</source>
            <translation>알선창구</translation>
        </message>
    </context>
    <context>
        <name>ReferralForm</name>
        <message>
            <source>알선</source>
            <translation>알선</translation>
        </message>
        <message>
            <source>업체명·직종으로 좁히기</source>
            <translation>업체명·직종으로 좁히기</translation>
        </message>
        <message>
            <source>구인 좁히기</source>
            <translation>구인 좁히기</translation>
        </message>
        <message>
            <source>마감된 구인도 보기(&amp;C)</source>
            <translation>마감된 구인도 보기(&amp;C)</translation>
        </message>
        <message>
            <source>마감된 구인에 알선하면 한 번 더 묻습니다.</source>
            <translation>마감된 구인에 알선하면 한 번 더 묻습니다.</translation>
        </message>
        <message>
            <source>찾기</source>
            <translation>찾기</translation>
        </message>
        <message>
            <source>알선할 구인을 고르세요.</source>
            <translation>알선할 구인을 고르세요.</translation>
        </message>
        <message>
            <source>구인</source>
            <translation>구인</translation>
        </message>
        <message>
            <source>알선일</source>
            <translation>알선일</translation>
        </message>
        <message>
            <source>결과</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>(아직 없음)</source>
            <translation>(아직 없음)</translation>
        </message>
        <message>
            <source>알선창구</source>
            <translation>알선창구</translation>
        </message>
        <message>
            <source>열려 있는 구인을 찾는 중…</source>
            <translation>열려 있는 구인을 찾는 중…</translation>
        </message>
        <message>
            <source>열려 있는 구인이 없습니다. 먼저 구인을 등록하세요.</source>
            <translation>열려 있는 구인이 없습니다. 먼저 구인을 등록하세요.</translation>
        </message>
        <message>
            <source>열린 구인 {count}건, 희망직종에 맞는 구인 {fitting}건</source>
            <translation>열린 구인 {count}건, 희망직종에 맞는 구인 {fitting}건</translation>
        </message>
    </context>
    <context>
        <name>ReferralsPage</name>
        <message>
            <source>결과 기록… (Ctrl+E)</source>
            <translation>결과 기록… (Ctrl+E)</translation>
        </message>
        <message>
            <source>결과를 기다리는 알선</source>
            <translation>결과를 기다리는 알선</translation>
        </message>
        <message>
            <source>취업 목록</source>
            <translation>취업 목록</translation>
        </message>
        <message>
            <source>창구:</source>
            <translation>창구:</translation>
        </message>
        <message>
            <source>취업</source>
            <translation>취업</translation>
        </message>
        <message>
            <source>기간:</source>
            <translation>기간:</translation>
        </message>
        <message>
            <source>결과 대기 {count:,}건</source>
            <translation>결과 대기 {count:,}건</translation>
        </message>
        <message>
            <source>취업 {count:,}건</source>
            <translation>취업 {count:,}건</translation>
        </message>
        <message>
            <source>결과를 기록할 알선을 먼저 고르세요.</source>
            <translation>결과를 기록할 알선을 먼저 고르세요.</translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <source>행사별</source>
            <translation>행사별</translation>
        </message>
        <message>
            <source>장소별</source>
            <translation>장소별</translation>
        </message>
        <message>
            <source>장소구분별</source>
            <translation>장소구분별</translation>
        </message>
        <message>
            <source>묶음</source>
            <translation>묶음</translation>
        </message>
        <message>
            <source>묶음(&amp;G):</source>
            <translation>묶음(&amp;G):</translation>
        </message>
        <message>
            <source>행사 실적</source>
            <translation>행사 실적</translation>
        </message>
        <message>
            <source>엑셀로 저장(&amp;E)…</source>
            <translation>엑셀로 저장(&amp;E)…</translation>
        </message>
        <message>
            <source>숫자에서 Enter: 그 숫자에 든 행사·업체·사람</source>
            <translation>숫자에서 Enter: 그 숫자에 든 행사·업체·사람</translation>
        </message>
        <message>
            <source>{role} 계정에는 '통계 내보내기' 권한이 없습니다. 행사 실적의 엑셀 저장은 팀장과 관리자가 할 수 있습니다.</source>
            <translation>{role} 계정에는 '통계 내보내기' 권한이 없습니다. 행사 실적의 엑셀 저장은 팀장과 관리자가 할 수 있습니다.</translation>
        </message>
        <message>
            <source>보이는 실적표를 엑셀 파일로 저장합니다.</source>
            <translation>보이는 실적표를 엑셀 파일로 저장합니다.</translation>
        </message>
        <message>
            <source>숫자 칸에서 Enter를 누르십시오.</source>
            <translation>숫자 칸에서 Enter를 누르십시오.</translation>
        </message>
        <message>
            <source>행사 실적 엑셀로 저장</source>
            <translation>행사 실적 엑셀로 저장</translation>
        </message>
        <message>
            <source>실적을 내보내는 사유를 적으세요. 사유는 접속기록에 남습니다.
사유(&amp;R):</source>
            <translation>실적을 내보내는 사유를 적으세요. 사유는 접속기록에 남습니다.
사유(&amp;R):</translation>
        </message>
        <message>
            <source>계속</source>
            <translation>계속</translation>
        </message>
        <message>
            <source>엑셀로 저장</source>
            <translation>엑셀로 저장</translation>
        </message>
        <message>
            <source>Excel 통합문서 (*.xlsx)</source>
            <translation>Excel 통합문서 (*.xlsx)</translation>
        </message>
        <message>
            <source>저장하는 중…</source>
            <translation>저장하는 중…</translation>
        </message>
        <message>
            <source>행사 실적을 저장하는 중…</source>
            <translation>행사 실적을 저장하는 중…</translation>
        </message>
        <message>
            <source>저장했습니다: {path}</source>
            <translation>저장했습니다: {path}</translation>
        </message>
    </context>
    <context>
        <name>RestoreConfirmDialog</name>
        <message>
            <source>데이터베이스 복원 확인</source>
            <translation>데이터베이스 복원 확인</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;지금 데이터베이스의 모든 데이터를 이 사본의 데이터로 바꿉니다.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;사본: {name}&lt;br&gt;만든 때: {made}&lt;/p&gt;&lt;p&gt;사본을 만든 뒤에 등록하거나 고친 기록, 계정과 접속기록은 지금 데이터베이스에서 사라집니다. 바꾸기 전에 지금 데이터베이스를 backups 폴더에 ‘복원 전’ 사본으로 저장하므로, 필요하면 그 사본으로 되돌릴 수 있습니다.&lt;/p&gt;&lt;p&gt;다른 컴퓨터나 창에서 이 데이터베이스를 쓰고 있지 않은지 확인하세요.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;지금 데이터베이스의 모든 데이터를 이 사본의 데이터로 바꿉니다.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;사본: {name}&lt;br&gt;만든 때: {made}&lt;/p&gt;&lt;p&gt;사본을 만든 뒤에 등록하거나 고친 기록, 계정과 접속기록은 지금 데이터베이스에서 사라집니다. 바꾸기 전에 지금 데이터베이스를 backups 폴더에 ‘복원 전’ 사본으로 저장하므로, 필요하면 그 사본으로 되돌릴 수 있습니다.&lt;/p&gt;&lt;p&gt;다른 컴퓨터나 창에서 이 데이터베이스를 쓰고 있지 않은지 확인하세요.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>지금 데이터를 이 사본으로 바꾸는 것을 이해했습니다(&amp;U)</source>
            <translation>지금 데이터를 이 사본으로 바꾸는 것을 이해했습니다(&amp;U)</translation>
        </message>
        <message>
            <source>복원(&amp;R)</source>
            <translation>복원(&amp;R)</translation>
        </message>
        <message>
            <source>취소</source>
            <translation>취소</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>고용유지 확인 기록</source>
            <extracomment>The user's setting: how many days without contact put a seeker on the list.</extracomment>
            <translation>고용유지 확인 기록</translation>
        </message>
        <message>
            <source>재직 중</source>
            <translation>재직 중</translation>
        </message>
        <message>
            <source>이직·퇴사</source>
            <translation>이직·퇴사</translation>
        </message>
        <message>
            <source>고용 유지</source>
            <translation>고용 유지</translation>
        </message>
        <message>
            <source>메모</source>
            <translation>메모</translation>
        </message>
        <message>
            <source>{name} · {detail}</source>
            <translation>{name} · {detail}</translation>
        </message>
        <message>
            <source>고용 유지(&amp;E):</source>
            <translation>고용 유지(&amp;E):</translation>
        </message>
        <message>
            <source>메모(&amp;M):</source>
            <translation>메모(&amp;M):</translation>
        </message>
        <message>
            <source>고용유지 현황</source>
            <translation>고용유지 현황</translation>
        </message>
        <message>
            <source>시작일</source>
            <translation>시작일</translation>
        </message>
        <message>
            <source>종료일</source>
            <translation>종료일</translation>
        </message>
        <message>
            <source>기간(&amp;F):</source>
            <translation>기간(&amp;F):</translation>
        </message>
        <message>
            <source>~(&amp;T)</source>
            <translation>~(&amp;T)</translation>
        </message>
        <message>
            <source>조회(&amp;Q)</source>
            <translation>조회(&amp;Q)</translation>
        </message>
        <message>
            <source>선택한 기간을 셉니다 (Enter, F5)</source>
            <translation>선택한 기간을 셉니다 (Enter, F5)</translation>
        </message>
        <message>
            <source>창구의 유지·이직·미확인·도래 전 칸에서 Enter를 누르면 그 사람들을 봅니다.</source>
            <translation>창구의 유지·이직·미확인·도래 전 칸에서 Enter를 누르면 그 사람들을 봅니다.</translation>
        </message>
        <message>
            <source>엑셀로 저장(&amp;E)…</source>
            <translation>엑셀로 저장(&amp;E)…</translation>
        </message>
        <message>
            <source>닫기 (Esc)</source>
            <translation>닫기 (Esc)</translation>
        </message>
        <message>
            <source>{role} 계정은 고용유지 현황을 내보낼 수 없습니다.</source>
            <translation>{role} 계정은 고용유지 현황을 내보낼 수 없습니다.</translation>
        </message>
        <message>
            <source>자기 창구의 행만 사유와 함께 저장합니다.</source>
            <translation>자기 창구의 행만 사유와 함께 저장합니다.</translation>
        </message>
        <message>
            <source>{period} 집계 중…</source>
            <translation>{period} 집계 중…</translation>
        </message>
        <message>
            <source>기간 {period}에 취업한 사람(창구별로 한 번, 기간 중 첫 취업 기준)이 1·3·6개월에 어디에 드는지 셉니다. 확인 기준일 {today} (단위: 명)</source>
            <translation>기간 {period}에 취업한 사람(창구별로 한 번, 기간 중 첫 취업 기준)이 1·3·6개월에 어디에 드는지 셉니다. 확인 기준일 {today} (단위: 명)</translation>
        </message>
        <message>
            <source>{period} 조회 완료</source>
            <translation>{period} 조회 완료</translation>
        </message>
        <message>
            <source>창구 행의 유지·이직·미확인·도래 전 칸을 고르세요.</source>
            <translation>창구 행의 유지·이직·미확인·도래 전 칸을 고르세요.</translation>
        </message>
        <message>
            <source>엑셀로 저장</source>
            <translation>엑셀로 저장</translation>
        </message>
        <message>
            <source>고용유지 현황을 파일로 내보내는 사유를 적으세요. 사유는 접속기록에 남습니다.
사유(&amp;R):</source>
            <translation>고용유지 현황을 파일로 내보내는 사유를 적으세요. 사유는 접속기록에 남습니다.
사유(&amp;R):</translation>
        </message>
        <message>
            <source>계속</source>
            <translation>계속</translation>
        </message>
        <message>
            <source>고용유지_{start}_{end}</source>
            <translation>고용유지_{start}_{end}</translation>
        </message>
        <message>
            <source>Excel 통합문서 (*.xlsx)</source>
            <translation>Excel 통합문서 (*.xlsx)</translation>
        </message>
        <message>
            <source>저장했습니다: {path}</source>
            <translation>저장했습니다: {path}</translation>
        </message>
    </context>
    <context>
        <name>RetentionModel</name>
        <message>
            <source>구 분</source>
            <extracomment>The raw value of a cell: the desk code in column 0, else the count. (checkpoint, state) of each column after 구 분 and 취업자.</extracomment>
            <translation>구 분</translation>
        </message>
        <message>
            <source>취업자</source>
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
            <source> 불러오는 중…</source>
            <translation> 불러오는 중…</translation>
        </message>
        <message>
            <source>고용유지 상세 목록</source>
            <translation>고용유지 상세 목록</translation>
        </message>
        <message>
            <source>닫기 (Esc)</source>
            <translation>닫기 (Esc)</translation>
        </message>
        <message>
            <source>이 칸에 센 사람 {count}명. 기간 중 같은 창구에서 두 번 이상 취업한 사람은 첫 취업으로 한 번 셉니다. Enter로 구직자 기록을 엽니다.</source>
            <translation>이 칸에 센 사람 {count}명. 기간 중 같은 창구에서 두 번 이상 취업한 사람은 첫 취업으로 한 번 셉니다. Enter로 구직자 기록을 엽니다.</translation>
        </message>
    </context>
    <context>
        <name>ReviewModel</name>
        <message>
            <source>시각</source>
            <translation>시각</translation>
        </message>
        <message>
            <source>계정</source>
            <translation>계정</translation>
        </message>
        <message>
            <source>행위</source>
            <translation>행위</translation>
        </message>
        <message>
            <source>사유</source>
            <translation>사유</translation>
        </message>
        <message>
            <source>내용</source>
            <translation>내용</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>취업 검토(&amp;R)</source>
            <translation>취업 검토(&amp;R)</translation>
        </message>
        <message>
            <source>월 마감(&amp;M)</source>
            <translation>월 마감(&amp;M)</translation>
        </message>
        <message>
            <source>목표·달성률(&amp;G)</source>
            <translation>목표·달성률(&amp;G)</translation>
        </message>
        <message>
            <source>점검 신호(&amp;S)</source>
            <translation>점검 신호(&amp;S)</translation>
        </message>
        <message>
            <source>상담사별 실적(&amp;P)</source>
            <translation>상담사별 실적(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>ReviewTools</name>
        <message>
            <source>검토</source>
            <translation>검토</translation>
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <source>역할·창구 변경 — {username}</source>
            <translation>역할·창구 변경 — {username}</translation>
        </message>
        <message>
            <source>(없음)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>역할(&amp;R):</source>
            <translation>역할(&amp;R):</translation>
        </message>
        <message>
            <source>창구(&amp;D):</source>
            <translation>창구(&amp;D):</translation>
        </message>
        <message>
            <source>{name} ({username})의 역할과 창구를 바꿉니다. 바꾼 내용은 기록됩니다.</source>
            <translation>{name} ({username})의 역할과 창구를 바꿉니다. 바꾼 내용은 기록됩니다.</translation>
        </message>
        <message>
            <source>상담사 계정에는 창구가 필요합니다.</source>
            <translation>상담사 계정에는 창구가 필요합니다.</translation>
        </message>
        <message>
            <source>바꾸는 중…</source>
            <translation>바꾸는 중…</translation>
        </message>
    </context>
    <context>
        <name>SavedFileBar</name>
        <message>
            <source>열기</source>
            <extracomment>Opens a URL in the desktop's program for it; tests put a recorder here.</extracomment>
            <translation>열기</translation>
        </message>
        <message>
            <source>폴더 열기</source>
            <translation>폴더 열기</translation>
        </message>
        <message>
            <source>저장 알림 닫기</source>
            <translation>저장 알림 닫기</translation>
        </message>
        <message>
            <source>저장했습니다: {path}</source>
            <translation>저장했습니다: {path}</translation>
        </message>
    </context>
    <context>
        <name>SeekerForm</name>
        <message>
            <source>구직자 등록</source>
            <translation>구직자 등록</translation>
        </message>
        <message>
            <source>성명(&amp;M)</source>
            <translation>성명(&amp;M)</translation>
        </message>
        <message>
            <source>생년월일</source>
            <translation>생년월일</translation>
        </message>
        <message>
            <source>성별</source>
            <translation>성별</translation>
        </message>
        <message>
            <source>(적지 않음)</source>
            <translation>(적지 않음)</translation>
        </message>
        <message>
            <source>연락처(&amp;T)</source>
            <translation>연락처(&amp;T)</translation>
        </message>
        <message>
            <source>주소</source>
            <translation>주소</translation>
        </message>
        <message>
            <source>금천구 거주</source>
            <translation>금천구 거주</translation>
        </message>
        <message>
            <source>(모름)</source>
            <translation>(모름)</translation>
        </message>
        <message>
            <source>구민</source>
            <translation>구민</translation>
        </message>
        <message>
            <source>비구민</source>
            <translation>비구민</translation>
        </message>
        <message>
            <source>희망직종(&amp;J)</source>
            <translation>희망직종(&amp;J)</translation>
        </message>
        <message>
            <source>희망 고용형태</source>
            <translation>희망 고용형태</translation>
        </message>
        <message>
            <source>(무관)</source>
            <translation>(무관)</translation>
        </message>
        <message>
            <source>등록일</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>등록창구(&amp;W)</source>
            <translation>등록창구(&amp;W)</translation>
        </message>
        <message>
            <source>학력·경력·희망 조건</source>
            <translation>학력·경력·희망 조건</translation>
        </message>
        <message>
            <source>대상 그룹</source>
            <translation>대상 그룹</translation>
        </message>
        <message>
            <source>최종학력</source>
            <translation>최종학력</translation>
        </message>
        <message>
            <source>경력</source>
            <translation>경력</translation>
        </message>
        <message>
            <source>한 줄에 하나: 업체, 직무, 2015-03~2017-12</source>
            <translation>한 줄에 하나: 업체, 직무, 2015-03~2017-12</translation>
        </message>
        <message>
            <source>자격증</source>
            <translation>자격증</translation>
        </message>
        <message>
            <source>쉼표로 나눠 적기</source>
            <translation>쉼표로 나눠 적기</translation>
        </message>
        <message>
            <source>희망임금</source>
            <translation>희망임금</translation>
        </message>
        <message>
            <source>예: 월 230만원</source>
            <translation>예: 월 230만원</translation>
        </message>
        <message>
            <source>희망근무지역</source>
            <translation>희망근무지역</translation>
        </message>
        <message>
            <source>예: 금천구, 구로구</source>
            <translation>예: 금천구, 구로구</translation>
        </message>
        <message>
            <source>SMS 수신 동의</source>
            <translation>SMS 수신 동의</translation>
        </message>
        <message>
            <source>(묻지 않음)</source>
            <translation>(묻지 않음)</translation>
        </message>
        <message>
            <source>동의</source>
            <translation>동의</translation>
        </message>
        <message>
            <source>동의 안 함</source>
            <translation>동의 안 함</translation>
        </message>
        <message>
            <source>담당상담사</source>
            <translation>담당상담사</translation>
        </message>
        <message>
            <source>개인정보 수집·이용 동의를 받았습니다(&amp;A) (동의서 {version})</source>
            <translation>개인정보 수집·이용 동의를 받았습니다(&amp;A) (동의서 {version})</translation>
        </message>
        <message>
            <source>개인정보 수집·이용에 동의를 받아야 등록할 수 있습니다.</source>
            <translation>개인정보 수집·이용에 동의를 받아야 등록할 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>SeekerListModel</name>
        <message>
            <source>무효</source>
            <translation>무효</translation>
        </message>
        <message>
            <source>구직자번호</source>
            <translation>구직자번호</translation>
        </message>
        <message>
            <source>성명</source>
            <translation>성명</translation>
        </message>
        <message>
            <source>생년월일</source>
            <translation>생년월일</translation>
        </message>
        <message>
            <source>연락처</source>
            <translation>연락처</translation>
        </message>
        <message>
            <source>등록창구</source>
            <translation>등록창구</translation>
        </message>
        <message>
            <source>등록일</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>희망직종</source>
            <translation>희망직종</translation>
        </message>
        <message>
            <source>담당상담사</source>
            <translation>담당상담사</translation>
        </message>
        <message>
            <source>상태</source>
            <translation>상태</translation>
        </message>
    </context>
    <context>
        <name>SeekerMatchDialog</name>
        <message>
            <source>맞는 구직자 — {title}</source>
            <translation>맞는 구직자 — {title}</translation>
        </message>
        <message>
            <source>맞는 구직자</source>
            <translation>맞는 구직자</translation>
        </message>
        <message>
            <source>Enter: 고른 구직자를 이 구인에 알선 (확인 후) · Esc: 닫기</source>
            <translation>Enter: 고른 구직자를 이 구인에 알선 (확인 후) · Esc: 닫기</translation>
        </message>
        <message>
            <source>{name_obj} 알선했습니다.</source>
            <translation>{name_obj} 알선했습니다.</translation>
        </message>
        <message>
            <source>{seeker} → {opening}
이 구직자를 알선할까요?</source>
            <translation>{seeker} → {opening}
이 구직자를 알선할까요?</translation>
        </message>
        <message>
            <source>알맞은 구직자가 없습니다.</source>
            <translation>알맞은 구직자가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>SeekerMatchesModel</name>
        <message>
            <source>구직자</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>희망직종</source>
            <translation>희망직종</translation>
        </message>
    </context>
    <context>
        <name>SeekerPicker</name>
        <message>
            <source>{title} 찾기</source>
            <extracomment>Typing pauses this long before the search runs.</extracomment>
            <translation>{title} 찾기</translation>
        </message>
        <message>
            <source>이름, 초성(ㅎㄱㄷ, 홍ㄱ), 전화번호 끝 4자리 또는 구직자번호</source>
            <translation>이름, 초성(ㅎㄱㄷ, 홍ㄱ), 전화번호 끝 4자리 또는 구직자번호</translation>
        </message>
        <message>
            <source>{title}: 찾은 구직자</source>
            <translation>{title}: 찾은 구직자</translation>
        </message>
        <message>
            <source>{title}: 고른 사람</source>
            <translation>{title}: 고른 사람</translation>
        </message>
        <message>
            <source>{day} 등록</source>
            <translation>{day} 등록</translation>
        </message>
        <message>
            <source>담당 {name}</source>
            <translation>담당 {name}</translation>
        </message>
        <message>
            <source>고른 기록: {who}</source>
            <translation>고른 기록: {who}</translation>
        </message>
        <message>
            <source>아직 고르지 않았습니다.</source>
            <translation>아직 고르지 않았습니다.</translation>
        </message>
        <message>
            <source>‘{text}’: {count}명. ↓로 내려가 Enter로 고르세요.</source>
            <translation>‘{text}’: {count}명. ↓로 내려가 Enter로 고르세요.</translation>
        </message>
        <message>
            <source>‘{text}’에 맞는 구직자가 없습니다.</source>
            <translation>‘{text}’에 맞는 구직자가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>SeekerRecord</name>
        <message>
            <source>인적 사항</source>
            <translation>인적 사항</translation>
        </message>
        <message>
            <source>구직자번호</source>
            <translation>구직자번호</translation>
        </message>
        <message>
            <source>등록창구</source>
            <translation>등록창구</translation>
        </message>
        <message>
            <source>생년월일</source>
            <translation>생년월일</translation>
        </message>
        <message>
            <source>성별</source>
            <translation>성별</translation>
        </message>
        <message>
            <source>연락처</source>
            <translation>연락처</translation>
        </message>
        <message>
            <source>등록일</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>희망직종</source>
            <translation>희망직종</translation>
        </message>
        <message>
            <source>희망 고용형태</source>
            <translation>희망 고용형태</translation>
        </message>
        <message>
            <source>담당상담사</source>
            <translation>담당상담사</translation>
        </message>
        <message>
            <source>금천구 거주</source>
            <translation>금천구 거주</translation>
        </message>
        <message>
            <source>대상 그룹</source>
            <translation>대상 그룹</translation>
        </message>
        <message>
            <source>주소</source>
            <translation>주소</translation>
        </message>
        <message>
            <source>상태</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>상담·알선·취업 이력</source>
            <translation>상담·알선·취업 이력</translation>
        </message>
        <message>
            <source>할 일</source>
            <translation>할 일</translation>
        </message>
        <message>
            <source>상담·알선·취업 이력(&amp;1)</source>
            <translation>상담·알선·취업 이력(&amp;1)</translation>
        </message>
        <message>
            <source>학력·경력·희망(&amp;2)</source>
            <translation>학력·경력·희망(&amp;2)</translation>
        </message>
        <message>
            <source>변경 이력(&amp;3)</source>
            <translation>변경 이력(&amp;3)</translation>
        </message>
        <message>
            <source>Ctrl+N  상담 기록
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
Esc  닫기</source>
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
            <source>상담 기록</source>
            <translation>상담 기록</translation>
        </message>
        <message>
            <source>알선</source>
            <translation>알선</translation>
        </message>
        <message>
            <source>알선 결과</source>
            <translation>알선 결과</translation>
        </message>
        <message>
            <source>취업</source>
            <translation>취업</translation>
        </message>
        <message>
            <source>무효 처리</source>
            <translation>무효 처리</translation>
        </message>
        <message>
            <source>추천 구인</source>
            <translation>추천 구인</translation>
        </message>
        <message>
            <source>구직 등록 무효</source>
            <translation>구직 등록 무효</translation>
        </message>
        <message>
            <source>저장</source>
            <translation>저장</translation>
        </message>
        <message>
            <source>수정</source>
            <translation>수정</translation>
        </message>
        <message>
            <source>고른 이력 수정</source>
            <translation>고른 이력 수정</translation>
        </message>
        <message>
            <source>구직표 인쇄</source>
            <translation>구직표 인쇄</translation>
        </message>
        <message>
            <source>구직표 PDF</source>
            <translation>구직표 PDF</translation>
        </message>
        <message>
            <source>닫기 (Esc)</source>
            <translation>닫기 (Esc)</translation>
        </message>
        <message>
            <source>{name} ({number})</source>
            <translation>{name} ({number})</translation>
        </message>
        <message>
            <source> — 무효</source>
            <translation> — 무효</translation>
        </message>
        <message>
            <source>구직자 기록 — {title}</source>
            <translation>구직자 기록 — {title}</translation>
        </message>
        <message>
            <source>무효: {reason}</source>
            <translation>무효: {reason}</translation>
        </message>
        <message>
            <source>(말하지 않음)</source>
            <translation>(말하지 않음)</translation>
        </message>
        <message>
            <source>구민</source>
            <translation>구민</translation>
        </message>
        <message>
            <source>비구민</source>
            <translation>비구민</translation>
        </message>
        <message>
            <source>정상</source>
            <translation>정상</translation>
        </message>
        <message>
            <source>상담 {sessions}건 · 알선 {referrals}건 (결과 대기 {pending}건) · 취업 {placements}건</source>
            <translation>상담 {sessions}건 · 알선 {referrals}건 (결과 대기 {pending}건) · 취업 {placements}건</translation>
        </message>
        <message>
            <source>(모름)</source>
            <translation>(모름)</translation>
        </message>
        <message>
            <source>(없음)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>동의</source>
            <translation>동의</translation>
        </message>
        <message>
            <source>동의 안 함</source>
            <translation>동의 안 함</translation>
        </message>
        <message>
            <source>최종학력: {value}</source>
            <translation>최종학력: {value}</translation>
        </message>
        <message>
            <source>자격증: {value}</source>
            <translation>자격증: {value}</translation>
        </message>
        <message>
            <source>희망임금: {value}</source>
            <translation>희망임금: {value}</translation>
        </message>
        <message>
            <source>희망근무지역: {value}</source>
            <translation>희망근무지역: {value}</translation>
        </message>
        <message>
            <source>SMS 수신: {value}</source>
            <translation>SMS 수신: {value}</translation>
        </message>
        <message>
            <source>개인정보 동의일: {value}</source>
            <translation>개인정보 동의일: {value}</translation>
        </message>
        <message>
            <source>경력:</source>
            <translation>경력:</translation>
        </message>
        <message>
            <source>{kind_obj} 저장했습니다.</source>
            <translation>{kind_obj} 저장했습니다.</translation>
        </message>
        <message>
            <source>구인 {number_obj} 마감했습니다 (채용완료).</source>
            <translation>구인 {number_obj} 마감했습니다 (채용완료).</translation>
        </message>
        <message>
            <source>{what_obj} 무효로 합니다. 기록은 지워지지 않고 통계에서 빠집니다.
사유(&amp;R):</source>
            <translation>{what_obj} 무효로 합니다. 기록은 지워지지 않고 통계에서 빠집니다.
사유(&amp;R):</translation>
        </message>
        <message>
            <source>{kind_obj} 무효로 했습니다.</source>
            <translation>{kind_obj} 무효로 했습니다.</translation>
        </message>
        <message>
            <source>저장했습니다.</source>
            <translation>저장했습니다.</translation>
        </message>
        <message>
            <source>구인 마감</source>
            <translation>구인 마감</translation>
        </message>
        <message>
            <source>구인 {number}의 채용인원이 모집인원에 이르렀습니다. '채용완료'로 마감할까요? 마감한 구인은 추천 구인에 나오지 않습니다.</source>
            <translation>구인 {number}의 채용인원이 모집인원에 이르렀습니다. '채용완료'로 마감할까요? 마감한 구인은 추천 구인에 나오지 않습니다.</translation>
        </message>
        <message>
            <source>마감(&amp;K)</source>
            <translation>마감(&amp;K)</translation>
        </message>
        <message>
            <source>그대로 두기(&amp;L)</source>
            <translation>그대로 두기(&amp;L)</translation>
        </message>
        <message>
            <source>고칠 기록을 이력에서 고르세요 (↑↓).</source>
            <translation>고칠 기록을 이력에서 고르세요 (↑↓).</translation>
        </message>
        <message>
            <source>무효인 기록은 고칠 수 없습니다.</source>
            <translation>무효인 기록은 고칠 수 없습니다.</translation>
        </message>
        <message>
            <source>{job} · 직업분류 {code}</source>
            <translation>{job} · 직업분류 {code}</translation>
        </message>
        <message>
            <source>알선 기록이 없습니다. 먼저 알선하세요 (Ctrl+R).</source>
            <translation>알선 기록이 없습니다. 먼저 알선하세요 (Ctrl+R).</translation>
        </message>
        <message>
            <source>무효로 할 기록을 이력에서 고르세요 (↑↓).</source>
            <translation>무효로 할 기록을 이력에서 고르세요 (↑↓).</translation>
        </message>
        <message>
            <source>이미 무효인 기록입니다.</source>
            <translation>이미 무효인 기록입니다.</translation>
        </message>
        <message>
            <source>구직자 {name} ({number})의 등록</source>
            <translation>구직자 {name} ({number})의 등록</translation>
        </message>
    </context>
    <context>
        <name>SeekerRecords</name>
        <message>
            <source>{name}({number})의 상담을 {desk}에서 기록했습니다.</source>
            <translation>{name}({number})의 상담을 {desk}에서 기록했습니다.</translation>
        </message>
    </context>
    <context>
        <name>SeekerSearch</name>
        <message>
            <source>이름, 초성(ㄱㅁㅅ, 홍ㄱ), 전화번호 끝 4자리 또는 구직자번호  (Ctrl+F)</source>
            <translation>이름, 초성(ㄱㅁㅅ, 홍ㄱ), 전화번호 끝 4자리 또는 구직자번호  (Ctrl+F)</translation>
        </message>
        <message>
            <source>구직자 찾기</source>
            <translation>구직자 찾기</translation>
        </message>
        <message>
            <source>찾은 구직자</source>
            <translation>찾은 구직자</translation>
        </message>
        <message>
            <source>‘{text}’: 모든 창구에서 {total:,}명 중 처음 {count}명 (더 좁혀 찾으세요 · Enter로 첫 사람, ↓로 고르기)</source>
            <translation>‘{text}’: 모든 창구에서 {total:,}명 중 처음 {count}명 (더 좁혀 찾으세요 · Enter로 첫 사람, ↓로 고르기)</translation>
        </message>
        <message>
            <source>‘{text}’: 모든 창구에서 {count}명 (Enter로 첫 사람, ↓로 고르기)</source>
            <translation>‘{text}’: 모든 창구에서 {count}명 (Enter로 첫 사람, ↓로 고르기)</translation>
        </message>
        <message>
            <source>‘{text}’에 맞는 구직자가 없습니다.</source>
            <translation>‘{text}’에 맞는 구직자가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>SeekersPage</name>
        <message>
            <source>무효 포함</source>
            <translation>무효 포함</translation>
        </message>
        <message>
            <source>구직자 등록… (Ctrl+N)</source>
            <translation>구직자 등록… (Ctrl+N)</translation>
        </message>
        <message>
            <source>담당상담사 변경…</source>
            <translation>담당상담사 변경…</translation>
        </message>
        <message>
            <source>담당상담사 변경… (Ctrl+Shift+A)</source>
            <translation>담당상담사 변경… (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>목록에서 고른 구직자들의 담당상담사를 바꿉니다.</source>
            <translation>목록에서 고른 구직자들의 담당상담사를 바꿉니다.</translation>
        </message>
        <message>
            <source>구직자 목록</source>
            <translation>구직자 목록</translation>
        </message>
        <message>
            <source>창구:</source>
            <translation>창구:</translation>
        </message>
        <message>
            <source>구직자 {count:,}명</source>
            <translation>구직자 {count:,}명</translation>
        </message>
        <message>
            <source> (‘{text}’)</source>
            <translation> (‘{text}’)</translation>
        </message>
        <message>
            <source>담당상담사를 바꿀 구직자를 목록에서 고르세요 (Shift·Ctrl로 여럿).</source>
            <translation>담당상담사를 바꿀 구직자를 목록에서 고르세요 (Shift·Ctrl로 여럿).</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <source>상담 기록</source>
            <extracomment>(label, referral id) of a seeker's referrals, for choosing one.</extracomment>
            <translation>상담 기록</translation>
        </message>
        <message>
            <source>상담일</source>
            <translation>상담일</translation>
        </message>
        <message>
            <source>상담방법</source>
            <translation>상담방법</translation>
        </message>
        <message>
            <source>상담내용</source>
            <translation>상담내용</translation>
        </message>
        <message>
            <source>다음 연락일</source>
            <translation>다음 연락일</translation>
        </message>
        <message>
            <source>예: 2018-11-06 (비우면 없음)</source>
            <translation>예: 2018-11-06 (비우면 없음)</translation>
        </message>
        <message>
            <source>상담창구</source>
            <translation>상담창구</translation>
        </message>
        <message>
            <source>상담일보다 빠를 수 없습니다.</source>
            <translation>상담일보다 빠를 수 없습니다.</translation>
        </message>
        <message>
            <source>회차 추가 — {name}</source>
            <translation>회차 추가 — {name}</translation>
        </message>
        <message>
            <source>프로그램</source>
            <translation>프로그램</translation>
        </message>
        <message>
            <source>회차일(&amp;D)</source>
            <translation>회차일(&amp;D)</translation>
        </message>
        <message>
            <source>주제(&amp;T)</source>
            <translation>주제(&amp;T)</translation>
        </message>
        <message>
            <source>활동 내용(&amp;M)</source>
            <translation>활동 내용(&amp;M)</translation>
        </message>
        <message>
            <source>스페이스로 참석 여부를 바꿉니다.</source>
            <translation>스페이스로 참석 여부를 바꿉니다.</translation>
        </message>
        <message>
            <source>참석자(&amp;A)</source>
            <translation>참석자(&amp;A)</translation>
        </message>
        <message>
            <source>참석자마다 상담 1건으로 셈</source>
            <translation>참석자마다 상담 1건으로 셈</translation>
        </message>
        <message>
            <source>고르면 활동 내용이 참석자마다 이 프로그램 창구의 방문 상담 1건이 되어 창구 실적표의 상담에 들어갑니다.</source>
            <translation>고르면 활동 내용이 참석자마다 이 프로그램 창구의 방문 상담 1건이 되어 창구 실적표의 상담에 들어갑니다.</translation>
        </message>
        <message>
            <source>상담으로 셈(&amp;C)</source>
            <translation>상담으로 셈(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>SessionsModel</name>
        <message>
            <source>회차</source>
            <translation>회차</translation>
        </message>
        <message>
            <source>일자</source>
            <translation>일자</translation>
        </message>
        <message>
            <source>주제</source>
            <translation>주제</translation>
        </message>
        <message>
            <source>참석</source>
            <translation>참석</translation>
        </message>
        <message>
            <source>상담</source>
            <translation>상담</translation>
        </message>
        <message>
            <source>활동 내용</source>
            <translation>활동 내용</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <source>상담 목록</source>
            <translation>상담 목록</translation>
        </message>
        <message>
            <source>기간:</source>
            <translation>기간:</translation>
        </message>
        <message>
            <source>창구:</source>
            <translation>창구:</translation>
        </message>
        <message>
            <source>상담 {count:,}건</source>
            <translation>상담 {count:,}건</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>데이터베이스를 여는 중…</source>
            <extracomment>After a restore, how soon the log-out is tried again while a form's question is open. At log-out, how long the closed window's running queries (short reads) may take to end before the account is logged out; any still running then end unseen.</extracomment>
            <translation>데이터베이스를 여는 중…</translation>
        </message>
        <message>
            <source>저장하지 않은 입력이 있어 로그아웃하지 않았습니다. 답한 뒤 다시 하세요.</source>
            <translation>저장하지 않은 입력이 있어 로그아웃하지 않았습니다. 답한 뒤 다시 하세요.</translation>
        </message>
        <message>
            <source>저장하지 않은 입력</source>
            <translation>저장하지 않은 입력</translation>
        </message>
        <message>
            <source>{name} 계정의 창 {n}개에 저장하지 않은 입력이 있습니다: {titles}. 버리고 다른 사용자로 로그인할까요? 버린 입력은 되살릴 수 없습니다.</source>
            <translation>{name} 계정의 창 {n}개에 저장하지 않은 입력이 있습니다: {titles}. 버리고 다른 사용자로 로그인할까요? 버린 입력은 되살릴 수 없습니다.</translation>
        </message>
        <message>
            <source>버리고 로그인(&amp;D)</source>
            <translation>버리고 로그인(&amp;D)</translation>
        </message>
        <message>
            <source>데이터베이스를 {name}에서 복원했습니다 (복원 전 데이터: {saved}). 복원한 데이터로 다시 로그인하세요.</source>
            <translation>데이터베이스를 {name}에서 복원했습니다 (복원 전 데이터: {saved}). 복원한 데이터로 다시 로그인하세요.</translation>
        </message>
        <message>
            <source>복원했으므로 다시 로그인해야 합니다. 저장하지 않은 입력을 저장하거나 버리세요.</source>
            <translation>복원했으므로 다시 로그인해야 합니다. 저장하지 않은 입력을 저장하거나 버리세요.</translation>
        </message>
    </context>
    <context>
        <name>StatsTableModel</name>
        <message>
            <source>구 분</source>
            <extracomment>The raw value of a cell (an int for counts, the desk code or month for the first column).</extracomment>
            <translation>구 분</translation>
        </message>
    </context>
    <context>
        <name>StatsView</name>
        <message>
            <source>조회</source>
            <translation>조회</translation>
        </message>
        <message>
            <source>선택한 기간의 실적을 셉니다 (Enter)</source>
            <translation>선택한 기간의 실적을 셉니다 (Enter)</translation>
        </message>
        <message>
            <source>없음</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>성별</source>
            <translation>성별</translation>
        </message>
        <message>
            <source>연령대</source>
            <translation>연령대</translation>
        </message>
        <message>
            <source>구민 여부</source>
            <translation>구민 여부</translation>
        </message>
        <message>
            <source>대상 그룹</source>
            <translation>대상 그룹</translation>
        </message>
        <message>
            <source>동 창구 현장</source>
            <translation>동 창구 현장</translation>
        </message>
        <message>
            <source>상담사</source>
            <translation>상담사</translation>
        </message>
        <message>
            <source>나눠 보기</source>
            <translation>나눠 보기</translation>
        </message>
        <message>
            <source>구직등록·상담·알선·취업자수를 성별, 연령대 등으로 나눠 봅니다 (Alt+B)</source>
            <translation>구직등록·상담·알선·취업자수를 성별, 연령대 등으로 나눠 봅니다 (Alt+B)</translation>
        </message>
        <message>
            <source>나눠 보기(&amp;B):</source>
            <translation>나눠 보기(&amp;B):</translation>
        </message>
        <message>
            <source>실적표</source>
            <translation>실적표</translation>
        </message>
        <message>
            <source>칸에서 Enter 또는 두 번 누르면 그 숫자에 든 기록을 봅니다.</source>
            <translation>칸에서 Enter 또는 두 번 누르면 그 숫자에 든 기록을 봅니다.</translation>
        </message>
        <message>
            <source>월별 실적</source>
            <translation>월별 실적</translation>
        </message>
        <message>
            <source>전체 (총 계)</source>
            <translation>전체 (총 계)</translation>
        </message>
        <message>
            <source>창구(&amp;K):</source>
            <translation>창구(&amp;K):</translation>
        </message>
        <message>
            <source>나눠 볼 지표</source>
            <translation>나눠 볼 지표</translation>
        </message>
        <message>
            <source>지표(&amp;I):</source>
            <translation>지표(&amp;I):</translation>
        </message>
        <message>
            <source>실적표(&amp;T)</source>
            <translation>실적표(&amp;T)</translation>
        </message>
        <message>
            <source>월별·누계(&amp;N)</source>
            <translation>월별·누계(&amp;N)</translation>
        </message>
        <message>
            <source>엑셀로 저장(&amp;E)…</source>
            <translation>엑셀로 저장(&amp;E)…</translation>
        </message>
        <message>
            <source>인쇄(&amp;P)…</source>
            <translation>인쇄(&amp;P)…</translation>
        </message>
        <message>
            <source>PDF로 저장(&amp;D)…</source>
            <translation>PDF로 저장(&amp;D)…</translation>
        </message>
        <message>
            <source>{role} 계정에는 '통계 내보내기' 권한이 없습니다. 엑셀 저장과 인쇄는 팀장과 관리자가 할 수 있습니다.</source>
            <translation>{role} 계정에는 '통계 내보내기' 권한이 없습니다. 엑셀 저장과 인쇄는 팀장과 관리자가 할 수 있습니다.</translation>
        </message>
        <message>
            <source>먼저 기간을 고르고 조회하세요.</source>
            <translation>먼저 기간을 고르고 조회하세요.</translation>
        </message>
        <message>
            <source>보고 있는 탭의 {desk} 실적만 내보냅니다. 사유를 적어야 합니다.</source>
            <translation>보고 있는 탭의 {desk} 실적만 내보냅니다. 사유를 적어야 합니다.</translation>
        </message>
        <message>
            <source>보고 있는 탭(실적표 또는 월별·누계)을 내보냅니다.</source>
            <translation>보고 있는 탭(실적표 또는 월별·누계)을 내보냅니다.</translation>
        </message>
        <message>
            <source>{period} 집계 중…</source>
            <translation>{period} 집계 중…</translation>
        </message>
        <message>
            <source>{year}년 월별 {by}별 실적 (누계: 1년을 한 번에 센 것)</source>
            <translation>{year}년 월별 {by}별 실적 (누계: 1년을 한 번에 센 것)</translation>
        </message>
        <message>
            <source>기간: {period}    (단위: 건, 명)</source>
            <translation>기간: {period}    (단위: 건, 명)</translation>
        </message>
        <message>
            <source>통계 인쇄</source>
            <translation>통계 인쇄</translation>
        </message>
        <message>
            <source>다른 창구의 통계 상세(개인 기록)는 볼 수 없습니다.</source>
            <translation>다른 창구의 통계 상세(개인 기록)는 볼 수 없습니다.</translation>
        </message>
        <message>
            <source>{year}년 월별 실적과 1월부터의 누계</source>
            <translation>{year}년 월별 실적과 1월부터의 누계</translation>
        </message>
        <message>
            <source>{period} 조회 완료</source>
            <translation>{period} 조회 완료</translation>
        </message>
        <message>
            <source>기간: {period}    {by}별 (단위: 건, 명)    구인등록은 나누지 않습니다.</source>
            <translation>기간: {period}    {by}별 (단위: 건, 명)    구인등록은 나누지 않습니다.</translation>
        </message>
        <message>
            <source>월별통계_{year}</source>
            <translation>월별통계_{year}</translation>
        </message>
        <message>
            <source>실적_{by}별_{start}_{end}</source>
            <translation>실적_{by}별_{start}_{end}</translation>
        </message>
        <message>
            <source>실적_{start}_{end}</source>
            <translation>실적_{start}_{end}</translation>
        </message>
        <message>
            <source>{desk}의 실적만 내보냅니다. 사유를 적어야 하며, 사유는 접속기록에 남습니다.
사유(&amp;R):</source>
            <translation>{desk}의 실적만 내보냅니다. 사유를 적어야 하며, 사유는 접속기록에 남습니다.
사유(&amp;R):</translation>
        </message>
        <message>
            <source>통계를 내보내거나 인쇄하는 사유를 적으세요. 사유는 접속기록에 남습니다.
사유(&amp;R):</source>
            <translation>통계를 내보내거나 인쇄하는 사유를 적으세요. 사유는 접속기록에 남습니다.
사유(&amp;R):</translation>
        </message>
        <message>
            <source>계속</source>
            <translation>계속</translation>
        </message>
        <message>
            <source>엑셀로 저장</source>
            <translation>엑셀로 저장</translation>
        </message>
        <message>
            <source>Excel 통합문서 (*.xlsx)</source>
            <translation>Excel 통합문서 (*.xlsx)</translation>
        </message>
        <message>
            <source>저장했습니다: {path}</source>
            <translation>저장했습니다: {path}</translation>
        </message>
        <message>
            <source>인쇄</source>
            <translation>인쇄</translation>
        </message>
        <message>
            <source>인쇄를 보냈습니다.</source>
            <translation>인쇄를 보냈습니다.</translation>
        </message>
        <message>
            <source>PDF로 저장</source>
            <translation>PDF로 저장</translation>
        </message>
        <message>
            <source>PDF 문서 (*.pdf)</source>
            <translation>PDF 문서 (*.pdf)</translation>
        </message>
        <message>
            <source>PDF 파일을 쓸 수 없습니다: {path}</source>
            <translation>PDF 파일을 쓸 수 없습니다: {path}</translation>
        </message>
    </context>
    <context>
        <name>StatusLabel</name>
        <message>
            <source>알림</source>
            <translation>알림</translation>
        </message>
    </context>
    <context>
        <name>TallyModel</name>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>상담사</source>
            <translation>상담사</translation>
        </message>
    </context>
    <context>
        <name>TargetsModel</name>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>지표</source>
            <translation>지표</translation>
        </message>
        <message>
            <source>목표</source>
            <translation>목표</translation>
        </message>
        <message>
            <source>달성</source>
            <translation>달성</translation>
        </message>
        <message>
            <source>달성률</source>
            <translation>달성률</translation>
        </message>
        <message>
            <source>목표({unit}): Enter 또는 F2로 고칩니다.</source>
            <translation>목표({unit}): Enter 또는 F2로 고칩니다.</translation>
        </message>
        <message>
            <source>목표는 1 이상의 정수로 적으세요 (적은 값: '{text}').</source>
            <translation>목표는 1 이상의 정수로 적으세요 (적은 값: '{text}').</translation>
        </message>
    </context>
    <context>
        <name>TargetsTab</name>
        <message>
            <source>년</source>
            <translation>년</translation>
        </message>
        <message>
            <source>연도</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>연도(&amp;Y):</source>
            <translation>연도(&amp;Y):</translation>
        </message>
        <message>
            <source>그래프 지표</source>
            <translation>그래프 지표</translation>
        </message>
        <message>
            <source>그래프 지표(&amp;I):</source>
            <translation>그래프 지표(&amp;I):</translation>
        </message>
        <message>
            <source>목표와 달성률</source>
            <translation>목표와 달성률</translation>
        </message>
        <message>
            <source>목표 칸에서 숫자를 치거나 Enter·F2를 누르면 고칩니다.</source>
            <translation>목표 칸에서 숫자를 치거나 Enter·F2를 누르면 고칩니다.</translation>
        </message>
        <message>
            <source>월별 실적 그래프</source>
            <translation>월별 실적 그래프</translation>
        </message>
        <message>
            <source>누계와 목표 그래프</source>
            <translation>누계와 목표 그래프</translation>
        </message>
        <message>
            <source>{year}년 목표와 실적을 불러오는 중…</source>
            <translation>{year}년 목표와 실적을 불러오는 중…</translation>
        </message>
        <message>
            <source>달성: {year}년 전체</source>
            <translation>달성: {year}년 전체</translation>
        </message>
        <message>
            <source>달성: {today}까지</source>
            <translation>달성: {today}까지</translation>
        </message>
        <message>
            <source>{year}년은 아직 시작되지 않았습니다.</source>
            <translation>{year}년은 아직 시작되지 않았습니다.</translation>
        </message>
        <message>
            <source>{year}년 {desk} {measure} 목표를 {target_to} 정했습니다.</source>
            <translation>{year}년 {desk} {measure} 목표를 {target_to} 정했습니다.</translation>
        </message>
        <message>
            <source>{month}월</source>
            <translation>{month}월</translation>
        </message>
        <message>
            <source>{desk} 목표</source>
            <translation>{desk} 목표</translation>
        </message>
        <message>
            <source>{year}년 월별 {measure}({unit})</source>
            <translation>{year}년 월별 {measure}({unit})</translation>
        </message>
        <message>
            <source>{year}년 {measure} 누계({unit})와 목표(점선)</source>
            <translation>{year}년 {measure} 누계({unit})와 목표(점선)</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>무효</source>
            <translation>무효</translation>
        </message>
        <message>
            <source>결과 대기</source>
            <translation>결과 대기</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>연락할 사람</source>
            <translation>연락할 사람</translation>
        </message>
        <message>
            <source>오늘 상담</source>
            <translation>오늘 상담</translation>
        </message>
        <message>
            <source>다시 연락할 사람 (다음 연락일이 된 상담)</source>
            <translation>다시 연락할 사람 (다음 연락일이 된 상담)</translation>
        </message>
        <message>
            <source>Enter: 구직자 기록 열기 · Ctrl+N: 구직자 등록 · Ctrl+F: 구직자 찾기</source>
            <translation>Enter: 구직자 기록 열기 · Ctrl+N: 구직자 등록 · Ctrl+F: 구직자 찾기</translation>
        </message>
        <message>
            <source>사후관리: 할 일 {work}건 · 이번 주 등록 종료 {expiring}건</source>
            <translation>사후관리: 할 일 {work}건 · 이번 주 등록 종료 {expiring}건</translation>
        </message>
        <message>
            <source>{day} ({weekday}) · {desk}</source>
            <translation>{day} ({weekday}) · {desk}</translation>
        </message>
        <message>
            <source>연락할 사람 {count}명</source>
            <translation>연락할 사람 {count}명</translation>
        </message>
        <message>
            <source>오늘 상담 {count}건</source>
            <translation>오늘 상담 {count}건</translation>
        </message>
        <message>
            <source>오늘 상담 {sessions}건 · 연락할 사람 {calls}명</source>
            <translation>오늘 상담 {sessions}건 · 연락할 사람 {calls}명</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <source>사용자 이름</source>
            <extracomment>The data role that returns the row's item itself (a UserItem, an AccessEntry...). The type of a model's rows (a service's frozen item).</extracomment>
            <translation>사용자 이름</translation>
        </message>
        <message>
            <source>이름</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>역할</source>
            <translation>역할</translation>
        </message>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>상태</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>사용 중지</source>
            <translation>사용 중지</translation>
        </message>
        <message>
            <source>잠김 ({until}까지)</source>
            <translation>잠김 ({until}까지)</translation>
        </message>
        <message>
            <source>사용 중</source>
            <translation>사용 중</translation>
        </message>
    </context>
    <context>
        <name>WalkInForm</name>
        <message>
            <source>현장 등록 — {name}</source>
            <translation>현장 등록 — {name}</translation>
        </message>
        <message>
            <source>{desk}에서 {day} 구직등록합니다.</source>
            <translation>{desk}에서 {day} 구직등록합니다.</translation>
        </message>
        <message>
            <source>성명(&amp;N)</source>
            <translation>성명(&amp;N)</translation>
        </message>
        <message>
            <source>연락처(&amp;P)</source>
            <translation>연락처(&amp;P)</translation>
        </message>
        <message>
            <source>개인정보 수집·이용 동의를 받았습니다(&amp;A) (동의서 {version})</source>
            <translation>개인정보 수집·이용 동의를 받았습니다(&amp;A) (동의서 {version})</translation>
        </message>
        <message>
            <source>개인정보 수집·이용에 동의를 받아야 등록할 수 있습니다.</source>
            <translation>개인정보 수집·이용에 동의를 받아야 등록할 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>WalkInSessionForm</name>
        <message>
            <source>상담 기록 — {name} ({number})</source>
            <translation>상담 기록 — {name} ({number})</translation>
        </message>
        <message>
            <source>이미 등록된 구직자</source>
            <translation>이미 등록된 구직자</translation>
        </message>
        <message>
            <source>성명</source>
            <translation>성명</translation>
        </message>
        <message>
            <source>연락처</source>
            <translation>연락처</translation>
        </message>
        <message>
            <source>등록창구</source>
            <translation>등록창구</translation>
        </message>
        <message>
            <source>등록일</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>이 사람의 기존 기록에 상담을 남깁니다. 새로 등록하지 마세요.</source>
            <translation>이 사람의 기존 기록에 상담을 남깁니다. 새로 등록하지 마세요.</translation>
        </message>
        <message>
            <source>{desk}에 등록된 구직자입니다. 그 창구의 기록(상담 내용·알선·취업)은 볼 수 없지만, 이 창구에서 한 상담은 이 사람의 기존 기록에 남길 수 있습니다 (새로 등록하지 마세요).</source>
            <translation>{desk}에 등록된 구직자입니다. 그 창구의 기록(상담 내용·알선·취업)은 볼 수 없지만, 이 창구에서 한 상담은 이 사람의 기존 기록에 남길 수 있습니다 (새로 등록하지 마세요).</translation>
        </message>
    </context>
    <context>
        <name>WorkItemsModel</name>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
        <message>
            <source>상담사</source>
            <translation>상담사</translation>
        </message>
        <message>
            <source>기한</source>
            <translation>기한</translation>
        </message>
        <message>
            <source>구분</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>구직자</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>내용</source>
            <translation>내용</translation>
        </message>
    </context>
    <context>
        <name>_DrillModel</name>
        <message>
            <source>확인일</source>
            <translation>확인일</translation>
        </message>
        <message>
            <source>구직자</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>확인 결과</source>
            <translation>확인 결과</translation>
        </message>
        <message>
            <source>순번</source>
            <translation>순번</translation>
        </message>
        <message>
            <source>창구</source>
            <translation>창구</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <source>저장(&amp;S)</source>
            <extracomment>The services' field names (ValidationError.problems), shown under these fields.</extracomment>
            <translation>저장(&amp;S)</translation>
        </message>
        <message>
            <source>취소</source>
            <translation>취소</translation>
        </message>
    </context>
    <context>
        <name>_RecordWindow</name>
        <message>
            <source>닫기 (Esc)</source>
            <translation>닫기 (Esc)</translation>
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
        <name>casework</name>
        <message>
            <source>연락 없음</source>
            <translation>연락 없음</translation>
        </message>
        <message>
            <source>알선 결과 대기</source>
            <translation>알선 결과 대기</translation>
        </message>
        <message>
            <source>고용유지 확인</source>
            <translation>고용유지 확인</translation>
        </message>
        <message>
            <source>행사 후 사후관리</source>
            <translation>행사 후 사후관리</translation>
        </message>
        <message>
            <source>구직 등록</source>
            <translation>구직 등록</translation>
        </message>
        <message>
            <source>구인 등록</source>
            <translation>구인 등록</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>예기치 않은 오류가 발생했습니다 ({kind}).</source>
            <translation>예기치 않은 오류가 발생했습니다 ({kind}).</translation>
        </message>
        <message>
            <source>자세한 내용은 로그 파일에 기록했습니다: {path}</source>
            <translation>자세한 내용은 로그 파일에 기록했습니다: {path}</translation>
        </message>
        <message>
            <source>deskapp</source>
            <translation>deskapp</translation>
        </message>
    </context>
    <context>
        <name>first_run</name>
        <message>
            <source>이 버전의 deskapp에는 데모 자료 만들기가 없습니다.</source>
            <translation>이 버전의 deskapp에는 데모 자료 만들기가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <source>저장하지 않은 내용</source>
            <extracomment>A field's check: the raw value and the field's name; returns the clean value or raises ValidationError (the domain parsers have this shape). The field of a correction form that holds its reason.</extracomment>
            <translation>저장하지 않은 내용</translation>
        </message>
        <message>
            <source>‘{what}’에 저장하지 않은 내용이 있습니다. 저장할까요?</source>
            <translation>‘{what}’에 저장하지 않은 내용이 있습니다. 저장할까요?</translation>
        </message>
        <message>
            <source>저장(&amp;S)</source>
            <translation>저장(&amp;S)</translation>
        </message>
        <message>
            <source>저장 안 함(&amp;N)</source>
            <translation>저장 안 함(&amp;N)</translation>
        </message>
        <message>
            <source>취소</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>인적 사항</source>
            <translation>인적 사항</translation>
        </message>
        <message>
            <source>{kind} {number_obj} 등록했습니다.</source>
            <translation>{kind} {number_obj} 등록했습니다.</translation>
        </message>
    </context>
    <context>
        <name>performance</name>
        <message>
            <source>구직등록</source>
            <translation>구직등록</translation>
        </message>
        <message>
            <source>상담</source>
            <translation>상담</translation>
        </message>
        <message>
            <source>알선</source>
            <translation>알선</translation>
        </message>
        <message>
            <source>취업자수</source>
            <translation>취업자수</translation>
        </message>
        <message>
            <source>사후관리</source>
            <translation>사후관리</translation>
        </message>
    </context>
    <context>
        <name>print_layout</name>
        <message>
            <source>기간</source>
            <extracomment>How a table of figures opens: the page's whole width, room around every number.</extracomment>
            <translation>기간</translation>
        </message>
        <message>
            <source>(단위: 건, 명)</source>
            <translation>(단위: 건, 명)</translation>
        </message>
        <message>
            <source>구 분</source>
            <translation>구 분</translation>
        </message>
        <message>
            <source>{title} — {by}별</source>
            <translation>{title} — {by}별</translation>
        </message>
        <message>
            <source>총 계</source>
            <translation>총 계</translation>
        </message>
        <message>
            <source>월</source>
            <translation>월</translation>
        </message>
        <message>
            <source>당월</source>
            <translation>당월</translation>
        </message>
        <message>
            <source>누계</source>
            <translation>누계</translation>
        </message>
        <message>
            <source>{title} — 월별 ({subject})</source>
            <translation>{title} — 월별 ({subject})</translation>
        </message>
        <message>
            <source>통계 인쇄</source>
            <translation>통계 인쇄</translation>
        </message>
    </context>
    <context>
        <name>review</name>
        <message>
            <source>구직자</source>
            <translation>구직자</translation>
        </message>
        <message>
            <source>구인</source>
            <translation>구인</translation>
        </message>
        <message>
            <source>상담</source>
            <translation>상담</translation>
        </message>
        <message>
            <source>알선</source>
            <translation>알선</translation>
        </message>
        <message>
            <source>취업</source>
            <translation>취업</translation>
        </message>
    </context>
    <context>
        <name>widgets</name>
        <message>
            <source>취소</source>
            <translation>취소</translation>
        </message>
    </context>
</TS>

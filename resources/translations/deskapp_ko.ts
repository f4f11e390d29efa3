<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
            <source>‘{name}’을(를) 읽는 중…</source>
            <translation>‘{name}’을(를) 읽는 중…</translation>
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
            <source>보기(&amp;V)</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>창구 도구 모음(&amp;W)</source>
            <translation>창구 도구 모음(&amp;W)</translation>
        </message>
        <message>
            <source>도움말(&amp;H)</source>
            <translation>도움말(&amp;H)</translation>
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
            <source>빈 양식을 저장했습니다: {path}</source>
            <translation>빈 양식을 저장했습니다: {path}</translation>
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
        <name>PeriodPicker</name>
        <message>
            <source>기간</source>
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
        <name>Startup</name>
        <message>
            <source>데이터베이스를 여는 중…</source>
            <translation>데이터베이스를 여는 중…</translation>
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
            <source>실적표</source>
            <translation>실적표</translation>
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
            <source>보고 있는 탭(실적표 또는 월별·누계)을 내보냅니다.</source>
            <translation>보고 있는 탭(실적표 또는 월별·누계)을 내보냅니다.</translation>
        </message>
        <message>
            <source>{period} 집계 중…</source>
            <translation>{period} 집계 중…</translation>
        </message>
        <message>
            <source>기간: {period}    (단위: 건, 명)</source>
            <translation>기간: {period}    (단위: 건, 명)</translation>
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
            <source>월별통계_{year}</source>
            <translation>월별통계_{year}</translation>
        </message>
        <message>
            <source>실적_{start}_{end}</source>
            <translation>실적_{start}_{end}</translation>
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
        <name>print_layout</name>
        <message>
            <source>기간</source>
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
</TS>

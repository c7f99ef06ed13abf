<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>What</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Log what happened</source>
        <translation>Ghi lại việc đã diễn ra</translation>
    </message>
    <message>
        <source>Record a behaviour signal</source>
        <translation>Ghi nhận tín hiệu hành vi</translation>
    </message>
    <message>
        <source>Schedule a follow-up</source>
        <translation>Lên lịch việc tiếp theo</translation>
    </message>
    <message>
        <source>Subject, e.g. Called about the quote</source>
        <translation>Nội dung, ví dụ: Đã gọi về báo giá</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Đánh dấu đã &amp;xong</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Thêm:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Hạn:</translation>
    </message>
    <message>
        <source>This time is past: the follow-up will show as overdue.</source>
        <translation>Thời điểm này đã qua: việc tiếp theo sẽ hiện là quá hạn.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>đã lên lịch</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <source>signal</source>
        <translation>tín hiệu</translation>
    </message>
</context>
<context>
    <name>AgendaTree</name>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Thương vụ</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Nhắc nhở</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 việc nữa</translation>
    </message>
</context>
<context>
    <name>BackwardDialog</name>
    <message>
        <source>Move back to %1</source>
        <translation>Chuyển lùi về %1</translation>
    </message>
    <message>
        <source>Why does “%1” go back?</source>
        <translation>Vì sao chuyển lùi “%1”?</translation>
    </message>
    <message>
        <source>Why do these %1 deals go back?</source>
        <translation>Vì sao chuyển lùi %1 thương vụ này?</translation>
    </message>
    <message>
        <source>A short reason, kept in the deal&apos;s history</source>
        <translation>Lý do ngắn gọn, được lưu trong lịch sử thương vụ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>&amp;Move back</source>
        <translation>&amp;Chuyển lùi</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Order of the %1 column</source>
        <translation>Thứ tự của cột %1</translation>
    </message>
    <message>
        <source>%1 deal</source>
        <translation>%1 thương vụ</translation>
    </message>
    <message>
        <source>%1 deals</source>
        <translation>%1 thương vụ</translation>
    </message>
    <message>
        <source>Total, exactly: %1</source>
        <translation>Tổng chính xác: %1</translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation>Theo xác suất: %1</translation>
    </message>
    <message>
        <source>Weighted, exactly: %1</source>
        <translation>Theo xác suất, chính xác: %1</translation>
    </message>
    <message>
        <source>Drop cards here</source>
        <translation>Thả thẻ vào đây</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>trên %1</translation>
    </message>
    <message>
        <source>No signals or fit yet.</source>
        <translation>Chưa có tín hiệu hay mức độ phù hợp nào.</translation>
    </message>
    <message>
        <source>Score %1 · %2</source>
        <translation>Điểm %1 · %2</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>CRM Desk benchmark — {deals:,} deals, {organizations:,} organizations, {contacts:,} contacts, {activities:,} activities in {file}</source>
        <translation>Đo hiệu năng CRM Desk — {deals:,} thương vụ, {organizations:,} công ty, {contacts:,} người liên hệ, {activities:,} hoạt động trong {file}</translation>
    </message>
    <message>
        <source>Each figure is measured beside its anchor, the plain-library way of doing the same work on the same data, in this run. Ratio = figure ÷ anchor (anchor ÷ figure for rows/s): how many times slower than the anchor.</source>
        <translation>Mỗi chỉ số được đo cạnh mốc so sánh của nó — cùng công việc trên cùng dữ liệu, làm bằng thư viện thuần — ngay trong lần chạy này. Tỉ lệ = chỉ số ÷ mốc (mốc ÷ chỉ số với số dòng/giây): chậm hơn mốc bao nhiêu lần.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <source>anchor</source>
        <translation>mốc</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>tỉ lệ</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>ngân sách</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>OVER BUDGET</source>
        <translation>VƯỢT NGÂN SÁCH</translation>
    </message>
    <message>
        <source>Generating {deals:,} demo deals in {path}…</source>
        <translation>Đang tạo {deals:,} thương vụ mẫu trong {path}…</translation>
    </message>
    <message>
        <source>crmdesk: --deals must be at least 1.</source>
        <translation>crmdesk: --deals phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>(see {prog} --help)</source>
        <translation>(xem {prog} --help)</translation>
    </message>
    <message>
        <source>“{text}” is not a record number (a whole number from 1 to {high:,}).</source>
        <translation>“{text}” không phải là số hiệu bản ghi (một số nguyên từ 1 đến {high:,}).</translation>
    </message>
    <message>
        <source>“{text}” is not a count (a whole number from 1 to {high:,}).</source>
        <translation>“{text}” không phải là số lượng hợp lệ (một số nguyên từ 1 đến {high:,}).</translation>
    </message>
    <message>
        <source>“{text}” is not a revision (a whole number from 1 on).</source>
        <translation>“{text}” không phải là lần sửa (một số nguyên từ 1 trở lên).</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a CSV or .xlsx file.</source>
        <translation>{path} là một thư mục; hãy chọn một tệp CSV hoặc .xlsx.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Không tìm thấy tệp {path}.</translation>
    </message>
    <message>
        <source>{path} is a database, not a spreadsheet: to work in it, give it with --db; to import, choose a CSV or .xlsx file.</source>
        <translation>{path} là một cơ sở dữ liệu, không phải bảng tính: để làm việc trên đó, hãy dùng --db; để nhập dữ liệu, hãy chọn một tệp CSV hoặc .xlsx.</translation>
    </message>
    <message>
        <source>database file or server URL (postgresql://role@host/name); default: $CRMDESK_DB, else crmdesk.sqlite in the data folder</source>
        <translation>tệp cơ sở dữ liệu hoặc địa chỉ máy chủ (postgresql://vai-trò@máy-chủ/tên); mặc định: $CRMDESK_DB, nếu không có thì crmdesk.sqlite trong thư mục dữ liệu</translation>
    </message>
    <message>
        <source>use the separate sample database instead of your own</source>
        <translation>dùng cơ sở dữ liệu mẫu riêng thay cho cơ sở dữ liệu của bạn</translation>
    </message>
    <message>
        <source>{path}: {reason}.</source>
        <translation>{path}: {reason}.</translation>
    </message>
    <message>
        <source>crmdesk: cannot open the database: {reason}</source>
        <translation>crmdesk: không mở được cơ sở dữ liệu: {reason}</translation>
    </message>
    <message>
        <source>list and move deals</source>
        <translation>liệt kê và chuyển thương vụ</translation>
    </message>
    <message>
        <source>list deals, optionally of one stage or matching a search</source>
        <translation>liệt kê thương vụ, có thể lọc theo một giai đoạn hoặc theo nội dung tìm kiếm</translation>
    </message>
    <message>
        <source>text to look for (case and accents ignored)</source>
        <translation>nội dung cần tìm (không phân biệt chữ hoa, chữ thường và dấu)</translation>
    </message>
    <message>
        <source>at most this many deals per stage</source>
        <translation>số thương vụ tối đa cho mỗi giai đoạn</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>in ra JSON thay vì bảng</translation>
    </message>
    <message>
        <source>list the archived deals (of any stage) instead</source>
        <translation>liệt kê các thương vụ đã lưu trữ (ở mọi giai đoạn)</translation>
    </message>
    <message>
        <source>move a deal to another stage, through its gates</source>
        <translation>chuyển thương vụ sang giai đoạn khác, qua các bước kiểm tra</translation>
    </message>
    <message>
        <source>one deal whole: fields, score and why, history</source>
        <translation>toàn bộ một thương vụ: các trường, điểm và lý do, lịch sử</translation>
    </message>
    <message>
        <source>crmdesk: “{text}” is not a date and time; write it like 2026-11-20 14:30 (local time), 2026-11-20 or 2026-11-20T14:30+07:00.</source>
        <translation>crmdesk: “{text}” không phải ngày giờ; hãy viết như 2026-11-20 14:30 (giờ địa phương), 2026-11-20 hoặc 2026-11-20T14:30+07:00.</translation>
    </message>
    <message>
        <source>log, schedule and complete activities</source>
        <translation>ghi lại, lên lịch và hoàn thành hoạt động</translation>
    </message>
    <message>
        <source>log an activity or a behaviour signal, or schedule a follow-up</source>
        <translation>ghi lại một hoạt động hoặc tín hiệu hành vi, hoặc lên lịch một việc cần làm</translation>
    </message>
    <message>
        <source>the deal&apos;s number</source>
        <translation>số của thương vụ</translation>
    </message>
    <message>
        <source>call, email, meeting, note, task or a behaviour signal key</source>
        <translation>call, email, meeting, note, task hoặc mã của một tín hiệu hành vi</translation>
    </message>
    <message>
        <source>what it is</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>schedule it for this local time instead of logging it as done</source>
        <translation>lên lịch vào giờ địa phương này thay vì ghi là đã làm</translation>
    </message>
    <message>
        <source>mark a scheduled activity done</source>
        <translation>đánh dấu một hoạt động đã lên lịch là đã xong</translation>
    </message>
    <message>
        <source>the activity&apos;s number</source>
        <translation>số của hoạt động</translation>
    </message>
    <message>
        <source>Logged activity {id} “{subject}” on deal {deal}.</source>
        <translation>Đã ghi hoạt động {id} “{subject}” cho thương vụ {deal}.</translation>
    </message>
    <message>
        <source>Scheduled activity {id} “{subject}” on deal {deal}, due {due}.</source>
        <translation>Đã lên lịch hoạt động {id} “{subject}” cho thương vụ {deal}, hạn {due}.</translation>
    </message>
    <message>
        <source>Marked activity {id} “{subject}” done.</source>
        <translation>Đã đánh dấu hoạt động {id} “{subject}” là đã xong.</translation>
    </message>
    <message>
        <source>add a lead, with its organization and contact</source>
        <translation>thêm khách tiềm năng, cùng công ty và người liên hệ</translation>
    </message>
    <message>
        <source>the deal&apos;s title</source>
        <translation>tên thương vụ</translation>
    </message>
    <message>
        <source>the organization&apos;s name (found or created)</source>
        <translation>tên công ty (tìm thấy hoặc tạo mới)</translation>
    </message>
    <message>
        <source>the contact&apos;s name (found or created)</source>
        <translation>tên người liên hệ (tìm thấy hoặc tạo mới)</translation>
    </message>
    <message>
        <source>the new contact&apos;s email</source>
        <translation>email của người liên hệ mới</translation>
    </message>
    <message>
        <source>the new contact&apos;s phone</source>
        <translation>điện thoại của người liên hệ mới</translation>
    </message>
    <message>
        <source>the expected value</source>
        <translation>giá trị dự kiến</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. VND</source>
        <translation>mã ISO 4217, ví dụ VND</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>in JSON thay cho văn bản</translation>
    </message>
    <message>
        <source>archive a deal (undoable)</source>
        <translation>lưu trữ một thương vụ (có thể hoàn tác)</translation>
    </message>
    <message>
        <source>bring an archived deal back to the board</source>
        <translation>đưa thương vụ đã lưu trữ trở lại bảng</translation>
    </message>
    <message>
        <source>Added deal {id} “{title}” ({value}).</source>
        <translation>Đã thêm thương vụ {id} “{title}” ({value}).</translation>
    </message>
    <message>
        <source>Archived deal {id} “{title}”.</source>
        <translation>Đã lưu trữ thương vụ {id} “{title}”.</translation>
    </message>
    <message>
        <source>Restored deal {id} “{title}”.</source>
        <translation>Đã khôi phục thương vụ {id} “{title}”.</translation>
    </message>
    <message>
        <source>Stage: {stage}, probability {probability} %</source>
        <translation>Giai đoạn: {stage}, xác suất {probability} %</translation>
    </message>
    <message>
        <source>Value: {value}</source>
        <translation>Giá trị: {value}</translation>
    </message>
    <message>
        <source>Organization: {name}</source>
        <translation>Công ty: {name}</translation>
    </message>
    <message>
        <source>Contact: {who}</source>
        <translation>Người liên hệ: {who}</translation>
    </message>
    <message>
        <source>Score: {score} ({temperature})</source>
        <translation>Điểm: {score} ({temperature})</translation>
    </message>
    <message>
        <source>Learnt probability: {learnt} % (stage default {default} %)</source>
        <translation>Xác suất học được: {learnt} % (mặc định của giai đoạn {default} %)</translation>
    </message>
    <message>
        <source>{base} %  a typical past opportunity</source>
        <translation>{base} %  một cơ hội điển hình trước đây</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Lịch sử:</translation>
    </message>
    <message>
        <source>qualification criteria met, by key (comma-separated)</source>
        <translation>các tiêu chí thẩm định đã đạt, ghi theo mã (phân cách bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>why the move passes a gate with criteria unmet</source>
        <translation>lý do bỏ qua kiểm tra khi còn tiêu chí chưa đạt</translation>
    </message>
    <message>
        <source>reason for a backward move (disqualifying or reopening)</source>
        <translation>lý do chuyển lùi (không còn đủ điều kiện hoặc mở lại)</translation>
    </message>
    <message>
        <source>lost reason key, when moving to lost</source>
        <translation>mã lý do thất bại, khi chuyển sang Thất bại</translation>
    </message>
    <message>
        <source>note for the lost reason (needed for &apos;other&apos;)</source>
        <translation>ghi chú cho lý do thất bại (bắt buộc với &apos;other&apos;)</translation>
    </message>
    <message>
        <source>{count} deal(s)</source>
        <translation>{count} thương vụ</translation>
    </message>
    <message>
        <source>Unmet required criteria (keys): {keys}</source>
        <translation>Các tiêu chí bắt buộc chưa đạt (mã): {keys}</translation>
    </message>
    <message>
        <source>Moved deal {id} “{title}” to {stage}.</source>
        <translation>Đã chuyển thương vụ {id} “{title}” sang {stage}.</translation>
    </message>
    <message>
        <source>CRM Desk: your leads, prospects and opportunities in one local file.</source>
        <translation>CRM Desk: khách tiềm năng, khách triển vọng và cơ hội bán hàng của bạn trong một tệp trên máy.</translation>
    </message>
    <message>
        <source>the pipeline at a glance, column by column</source>
        <translation>tổng quan phễu bán hàng, theo từng cột</translation>
    </message>
    <message>
        <source>deal(s)</source>
        <translation>thương vụ</translation>
    </message>
    <message>
        <source>weighted {amounts}</source>
        <translation>theo xác suất {amounts}</translation>
    </message>
    <message>
        <source>Try: crmdesk deals list --stage lead    (crmdesk --help for more)</source>
        <translation>Thử: crmdesk deals list --stage lead    (xem thêm: crmdesk --help)</translation>
    </message>
    <message>
        <source>Filling the sample database with demo data…</source>
        <translation>Đang tạo dữ liệu mẫu trong cơ sở dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>crmdesk: something went wrong that CRM Desk did not expect ({error}), and the details could not be written to its log.</source>
        <translation>crmdesk: đã xảy ra một lỗi mà CRM Desk không lường trước ({error}), và không ghi được chi tiết vào nhật ký.</translation>
    </message>
    <message>
        <source>crmdesk: something went wrong that CRM Desk did not expect; the details are in {log}.</source>
        <translation>crmdesk: đã xảy ra một lỗi mà CRM Desk không lường trước; chi tiết có trong {log}.</translation>
    </message>
    <message>
        <source>integrity and foreign-key check of the file</source>
        <translation>kiểm tra tính toàn vẹn và khóa ngoại của tệp</translation>
    </message>
    <message>
        <source>fill an empty database with realistic demo data (default: the sample database)</source>
        <translation>điền dữ liệu mẫu sát thực tế vào cơ sở dữ liệu trống (mặc định: cơ sở dữ liệu mẫu)</translation>
    </message>
    <message>
        <source>how many deals (default 300)</source>
        <translation>số thương vụ (mặc định 300)</translation>
    </message>
    <message>
        <source>random seed, for repeatable data</source>
        <translation>giá trị khởi tạo ngẫu nhiên (seed), để tạo lại đúng bộ dữ liệu</translation>
    </message>
    <message>
        <source>a consistent copy of the file, even while it is in use</source>
        <translation>một bản sao nhất quán của tệp, kể cả khi tệp đang được dùng</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Cơ sở dữ liệu: {path}</translation>
    </message>
    <message>
        <source>Integrity: {result}</source>
        <translation>Tính toàn vẹn: {result}</translation>
    </message>
    <message>
        <source>Foreign keys: {result}</source>
        <translation>Khóa ngoại: {result}</translation>
    </message>
    <message>
        <source>Kept totals: {result}</source>
        <translation>Tổng đã lưu: {result}</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (this version expects {head})</source>
        <translation>Phiên bản lược đồ: {revision} (phiên bản CRM Desk này cần {head})</translation>
    </message>
    <message>
        <source>The file is brought up to date the next time CRM Desk opens it.</source>
        <translation>Tệp sẽ được nâng cấp lên phiên bản mới trong lần tới CRM Desk mở nó.</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>Cơ sở dữ liệu không có lỗi.</translation>
    </message>
    <message>
        <source>The database has problems (see above).</source>
        <translation>Cơ sở dữ liệu có lỗi (xem ở trên).</translation>
    </message>
    <message>
        <source>{done:,} / {total:,} deals</source>
        <translation>{done:,} / {total:,} thương vụ</translation>
    </message>
    <message>
        <source>Created {deals:,} deals, {organizations:,} organizations, {contacts:,} contacts, {activities:,} activities and {quotes:,} quotes in {path}.</source>
        <translation>Đã tạo {deals:,} thương vụ, {organizations:,} công ty, {contacts:,} người liên hệ, {activities:,} hoạt động và {quotes:,} báo giá trong {path}.</translation>
    </message>
    <message>
        <source>Backed up {path} to {target}.</source>
        <translation>Đã sao lưu {path} vào {target}.</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>báo giá</translation>
    </message>
    <message>
        <source>write a quote as a PDF file</source>
        <translation>xuất báo giá ra tệp PDF</translation>
    </message>
    <message>
        <source>the quote number, e.g. BG-2026-0001</source>
        <translation>số báo giá, ví dụ: BG-2026-0001</translation>
    </message>
    <message>
        <source>where to write</source>
        <translation>nơi lưu tệp</translation>
    </message>
    <message>
        <source>a revision (default: the latest)</source>
        <translation>lần sửa (mặc định: lần sửa mới nhất)</translation>
    </message>
    <message>
        <source>a quote as data: lines, totals, VietQR</source>
        <translation>một báo giá dưới dạng dữ liệu: các dòng, tổng tiền, VietQR</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>in ra JSON</translation>
    </message>
    <message>
        <source>crmdesk: {path} should end in .pdf.</source>
        <translation>crmdesk: {path} phải có đuôi .pdf.</translation>
    </message>
    <message>
        <source>crmdesk: cannot write {path}: {reason}.</source>
        <translation>crmdesk: không ghi được {path}: {reason}.</translation>
    </message>
    <message>
        <source>Wrote {number} (revision {revision}) to {path}.</source>
        <translation>Đã ghi {number} (lần sửa {revision}) vào {path}.</translation>
    </message>
    <message>
        <source>{number} (revision {revision}) · {status} · {language} · {currency}</source>
        <translation>{number} (lần sửa {revision}) · {status} · {language} · {currency}</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Khách hàng: {name}</translation>
    </message>
    <message>
        <source>VAT {rate} %</source>
        <translation>Thuế GTGT {rate} %</translation>
    </message>
    <message>
        <source>VAT {rate} % on {net}: {vat}</source>
        <translation>Thuế GTGT {rate} % trên {net}: {vat}</translation>
    </message>
    <message>
        <source>Grand total: {amount}</source>
        <translation>Tổng cộng thanh toán: {amount}</translation>
    </message>
    <message>
        <source>VietQR: {payload}</source>
        <translation>Mã VietQR: {payload}</translation>
    </message>
    <message>
        <source>bring in a CSV or .xlsx file (another CRM&apos;s export)</source>
        <translation>nhập tệp CSV hoặc .xlsx (tệp xuất từ CRM khác)</translation>
    </message>
    <message>
        <source>the CSV or .xlsx file</source>
        <translation>tệp CSV hoặc .xlsx</translation>
    </message>
    <message>
        <source>the sheet of an .xlsx (default: the first)</source>
        <translation>trang tính của tệp .xlsx (mặc định: trang đầu tiên)</translation>
    </message>
    <message>
        <source>the file&apos;s format (recognized from its header row when omitted)</source>
        <translation>định dạng của tệp (nếu bỏ trống, nhận diện qua dòng tiêu đề)</translation>
    </message>
    <message>
        <source>read COLUMN as FIELD (e.g. deal.title, org.name; ignore to skip it), once per column</source>
        <translation>đọc cột COLUMN thành trường FIELD (ví dụ: deal.title, org.name; ignore để bỏ qua cột), mỗi cột một lần</translation>
    </message>
    <message>
        <source>the source&apos;s stage NAME is our STAGE (lead, prospect, opportunity, won, lost)</source>
        <translation>giai đoạn NAME trong tệp nguồn tương ứng với giai đoạn STAGE của CRM Desk (lead, prospect, opportunity, won, lost)</translation>
    </message>
    <message>
        <source>day, month and year order of dates</source>
        <translation>thứ tự ngày, tháng, năm của ngày tháng trong tệp</translation>
    </message>
    <message>
        <source>rows matching an existing contact or organization (default: merge)</source>
        <translation>cách xử lý dòng trùng với người liên hệ hoặc công ty đã có (mặc định: merge)</translation>
    </message>
    <message>
        <source>rows that are deals CRM Desk already has (same record id, or same title, organization and value): skip or update them (default: skip)</source>
        <translation>dòng là thương vụ CRM Desk đã có (cùng mã bản ghi, hoặc cùng tiêu đề, công ty và giá trị): bỏ qua (skip) hay cập nhật (update) (mặc định: skip)</translation>
    </message>
    <message>
        <source>the currency of amounts the file gives none for (default: the company&apos;s)</source>
        <translation>loại tiền của các số tiền mà tệp không ghi loại tiền (mặc định: loại tiền của công ty)</translation>
    </message>
    <message>
        <source>the first row is data (columns are Column 1, Column 2…)</source>
        <translation>dòng đầu tiên là dữ liệu (các cột được gọi là Column 1, Column 2…)</translation>
    </message>
    <message>
        <source>the first row names the columns, even if it looks like data</source>
        <translation>dòng đầu tiên là tên cột, kể cả khi trông giống dữ liệu</translation>
    </message>
    <message>
        <source>the CSV&apos;s encoding, e.g. shift_jis (default: detected)</source>
        <translation>bảng mã của tệp CSV, ví dụ shift_jis (mặc định: tự nhận diện)</translation>
    </message>
    <message>
        <source>check everything, write nothing</source>
        <translation>kiểm tra toàn bộ, không ghi gì</translation>
    </message>
    <message>
        <source>also save the report to FILE</source>
        <translation>lưu thêm báo cáo vào FILE</translation>
    </message>
    <message>
        <source>write deals, contacts, organizations, activities</source>
        <translation>xuất thương vụ, người liên hệ, công ty, hoạt động</translation>
    </message>
    <message>
        <source>FILE.csv (one table) or FILE.xlsx (all of them)</source>
        <translation>FILE.csv (một bảng) hoặc FILE.xlsx (tất cả các bảng)</translation>
    </message>
    <message>
        <source>which table (CSV default: deals)</source>
        <translation>bảng cần xuất (mặc định với CSV: deals)</translation>
    </message>
    <message>
        <source>{rows:,} rows…</source>
        <translation>{rows:,} dòng…</translation>
    </message>
    <message>
        <source>Wrote {count:,} rows to {path}.</source>
        <translation>Đã ghi {count:,} dòng vào {path}.</translation>
    </message>
    <message>
        <source>crmdesk: no display is available (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open; `crmdesk screenshot -o board.png` renders the board without one.</source>
        <translation>crmdesk: không có màn hình hiển thị (chưa đặt DISPLAY lẫn WAYLAND_DISPLAY), nên không mở được cửa sổ; `crmdesk screenshot -o board.png` vẫn vẽ được bảng mà không cần màn hình.</translation>
    </message>
    <message>
        <source>render the board offscreen to a PNG file</source>
        <translation>vẽ bảng ra tệp PNG mà không cần màn hình</translation>
    </message>
    <message>
        <source>window size in pixels</source>
        <translation>kích thước cửa sổ tính bằng điểm ảnh</translation>
    </message>
    <message>
        <source>interface language</source>
        <translation>ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>the view to show first (board, today…); the board by default</source>
        <translation>màn hình hiện trước (board, today…); mặc định là bảng</translation>
    </message>
    <message>
        <source>measure only the groups of these figures</source>
        <translation>chỉ đo các nhóm chứa những chỉ số này</translation>
    </message>
    <message>
        <source>crmdesk: there is no view “{name}”; choose one of {views}.</source>
        <translation>crmdesk: không có màn hình “{name}”; hãy chọn một trong {views}.</translation>
    </message>
    <message>
        <source>crmdesk: there is no figure called {key}; the figures are {keys}.</source>
        <translation>crmdesk: không có chỉ số nào tên {key}; các chỉ số là {keys}.</translation>
    </message>
    <message>
        <source>crmdesk: the benchmark stopped: {reason}.</source>
        <translation>crmdesk: phép đo hiệu năng đã dừng: {reason}.</translation>
    </message>
    <message>
        <source>measure the performance budget&apos;s figures</source>
        <translation>đo các chỉ số trong ngân sách hiệu năng</translation>
    </message>
    <message>
        <source>deals in the generated file</source>
        <translation>số thương vụ trong tệp được tạo</translation>
    </message>
    <message>
        <source>also write the figures as JSON</source>
        <translation>ghi thêm các chỉ số ra tệp JSON</translation>
    </message>
    <message>
        <source>a file to reuse (generated if missing)</source>
        <translation>tệp dùng lại (tự tạo nếu chưa có)</translation>
    </message>
    <message>
        <source>crmdesk: cannot write {path}.</source>
        <translation>crmdesk: không ghi được {path}.</translation>
    </message>
    <message>
        <source>Wrote {path} ({width}×{height}).</source>
        <translation>Đã ghi {path} ({width}×{height}).</translation>
    </message>
    <message>
        <source>list and change scoring</source>
        <translation>xem và thay đổi cách chấm điểm</translation>
    </message>
    <message>
        <source>every rule, the half-life and the thresholds</source>
        <translation>mọi quy tắc, thời gian giảm nửa điểm và các ngưỡng</translation>
    </message>
    <message>
        <source>change a rule&apos;s points, cap or whether it counts</source>
        <translation>đổi số điểm, mức trần của một quy tắc hoặc có tính quy tắc đó hay không</translation>
    </message>
    <message>
        <source>the rule&apos;s key (see scoring list)</source>
        <translation>khóa của quy tắc (xem scoring list)</translation>
    </message>
    <message>
        <source>points, −100 to 100</source>
        <translation>số điểm, từ −100 đến 100</translation>
    </message>
    <message>
        <source>the most the rule adds, 1 to 100, or &apos;none&apos;</source>
        <translation>số điểm tối đa quy tắc cộng thêm, từ 1 đến 100, hoặc &apos;none&apos;</translation>
    </message>
    <message>
        <source>whether it counts</source>
        <translation>có tính quy tắc này hay không</translation>
    </message>
    <message>
        <source>days after which a signal counts half</source>
        <translation>số ngày sau đó một tín hiệu chỉ còn tính một nửa</translation>
    </message>
    <message>
        <source>1 to 365</source>
        <translation>từ 1 đến 365</translation>
    </message>
    <message>
        <source>where warm and hot begin</source>
        <translation>điểm bắt đầu của mức ấm và nóng</translation>
    </message>
    <message>
        <source>cap {cap}</source>
        <translation>trần {cap}</translation>
    </message>
    <message>
        <source>(not counted)</source>
        <translation>(không tính)</translation>
    </message>
    <message>
        <source>Half-life {days} days; warm from {warm}, hot from {hot}.</source>
        <translation>Thời gian giảm nửa điểm {days} ngày; ấm từ {warm}, nóng từ {hot}.</translation>
    </message>
    <message>
        <source>Every deal was re-scored.</source>
        <translation>Mọi thương vụ đã được chấm điểm lại.</translation>
    </message>
    <message>
        <source>the forecast and the funnel (the Insight report)</source>
        <translation>dự báo và phễu (báo cáo Phân tích)</translation>
    </message>
    <message>
        <source>expected revenue by expected-close month</source>
        <translation>doanh thu dự kiến theo tháng dự kiến chốt</translation>
    </message>
    <message>
        <source>conversion, time in stage, losses, win rates, velocity</source>
        <translation>tỷ lệ chuyển đổi, thời gian ở mỗi giai đoạn, thất bại, tỷ lệ thành công, tốc độ</translation>
    </message>
    <message>
        <source>the first month</source>
        <translation>tháng đầu tiên</translation>
    </message>
    <message>
        <source>the last month</source>
        <translation>tháng cuối cùng</translation>
    </message>
    <message>
        <source>write the whole report as a PDF (or .xlsx) file</source>
        <translation>ghi toàn bộ báo cáo ra tệp PDF (hoặc .xlsx)</translation>
    </message>
    <message>
        <source>weigh deals by the stage defaults or the learnt chance</source>
        <translation>tính theo xác suất mặc định của giai đoạn hoặc xác suất học được</translation>
    </message>
    <message>
        <source>exchange rates into the reporting currency</source>
        <translation>tỷ giá quy đổi sang tiền tệ báo cáo</translation>
    </message>
    <message>
        <source>one CODE is worth RATE units of the reporting currency</source>
        <translation>một CODE bằng RATE đơn vị tiền tệ báo cáo</translation>
    </message>
    <message>
        <source>from which day (default: today)</source>
        <translation>áp dụng từ ngày nào (mặc định: hôm nay)</translation>
    </message>
    <message>
        <source>every rate entered</source>
        <translation>mọi tỷ giá đã nhập</translation>
    </message>
    <message>
        <source>1 {code} = {rate} {reporting} from {day}.</source>
        <translation>1 {code} = {rate} {reporting} từ ngày {day}.</translation>
    </message>
    <message>
        <source>Reporting currency: {code}</source>
        <translation>Tiền tệ báo cáo: {code}</translation>
    </message>
    <message>
        <source>overdue follow-ups, today&apos;s and the days ahead</source>
        <translation>việc cần làm quá hạn, hôm nay và những ngày tới</translation>
    </message>
    <message>
        <source>how many days after today to show (default 7)</source>
        <translation>số ngày sau hôm nay được hiện (mặc định 7)</translation>
    </message>
    <message>
        <source>print JSON instead of a list</source>
        <translation>in JSON thay vì danh sách</translation>
    </message>
    <message>
        <source>write the agenda to a calendar file</source>
        <translation>ghi lịch làm việc ra tệp lịch</translation>
    </message>
    <message>
        <source>crmdesk: cannot write {path}: {reason}</source>
        <translation>crmdesk: không ghi được {path}: {reason}</translation>
    </message>
    <message>
        <source>Wrote {count} follow-up(s) to {path}.</source>
        <translation>Đã ghi {count} việc cần làm vào {path}.</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>Đã ghi {path}.</translation>
    </message>
    <message>
        <source>Forecast in {currency} ({source} probabilities)</source>
        <translation>Dự báo bằng {currency} (xác suất: {source})</translation>
    </message>
    <message>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>theo xác suất</translation>
    </message>
    <message>
        <source>best case</source>
        <translation>khả quan nhất</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>chắc chắn</translation>
    </message>
    <message>
        <source>won</source>
        <translation>thành công</translation>
    </message>
    <message>
        <source>target</source>
        <translation>mục tiêu</translation>
    </message>
    <message>
        <source>Slipped (close date passed): {count}, {value}</source>
        <translation>Trễ hẹn (đã qua ngày dự kiến chốt): {count}, {value}</translation>
    </message>
    <message>
        <source>Without a close date: {count}, {value}</source>
        <translation>Chưa có ngày dự kiến chốt: {count}, {value}</translation>
    </message>
    <message>
        <source>Not converted, no rate for: {codes} (crmdesk rates set CODE RATE)</source>
        <translation>Chưa quy đổi, thiếu tỷ giá cho: {codes} (crmdesk rates set CODE RATE)</translation>
    </message>
    <message>
        <source>Deals created {first} to {last}</source>
        <translation>Thương vụ tạo từ {first} đến {last}</translation>
    </message>
    <message>
        <source>median {median} days, mean {mean} days</source>
        <translation>trung vị {median} ngày, trung bình {mean} ngày</translation>
    </message>
    <message>
        <source>Lost: {count}</source>
        <translation>Thất bại: {count}</translation>
    </message>
    <message>
        <source>Pipeline velocity: {amount} a day</source>
        <translation>Tốc độ phễu bán hàng: {amount} mỗi ngày</translation>
    </message>
    <message>
        <source>nurturing plans: list them, enrol a deal, stop one</source>
        <translation>kế hoạch chăm sóc: liệt kê, đưa thương vụ vào, dừng lại</translation>
    </message>
    <message>
        <source>list the nurturing plans</source>
        <translation>liệt kê các kế hoạch chăm sóc</translation>
    </message>
    <message>
        <source>enrol a lead or a lost deal in a plan</source>
        <translation>đưa một khách tiềm năng hoặc thương vụ thất bại vào kế hoạch</translation>
    </message>
    <message>
        <source>the plan&apos;s key</source>
        <translation>mã của kế hoạch</translation>
    </message>
    <message>
        <source>take a deal out of its plan</source>
        <translation>đưa thương vụ ra khỏi kế hoạch</translation>
    </message>
    <message>
        <source>day {n}</source>
        <translation>ngày {n}</translation>
    </message>
    <message>
        <source>Enrolled deal {deal} in “{plan}”: {steps} touches, the first due {first}.</source>
        <translation>Đã đưa thương vụ {deal} vào “{plan}”: {steps} lượt tiếp cận, lượt đầu hạn {first}.</translation>
    </message>
    <message>
        <source>Stopped “{plan}” for deal {deal}: {left} touch(es) cancelled.</source>
        <translation>Đã dừng “{plan}” cho thương vụ {deal}: hủy {left} lượt tiếp cận.</translation>
    </message>
    <message>
        <source>words to look for, each starting a word (case and accents ignored)</source>
        <translation>các từ cần tìm, mỗi từ khớp với đầu một từ (không phân biệt hoa thường và dấu)</translation>
    </message>
    <message>
        <source>at most this many</source>
        <translation>tối đa bấy nhiêu</translation>
    </message>
    <message>
        <source>the record&apos;s number</source>
        <translation>số của bản ghi</translation>
    </message>
    <message>
        <source>list, show and merge contacts</source>
        <translation>liệt kê, xem và gộp người liên hệ</translation>
    </message>
    <message>
        <source>list contacts, optionally matching a search</source>
        <translation>liệt kê người liên hệ, có thể theo nội dung tìm kiếm</translation>
    </message>
    <message>
        <source>one contact whole: emails, phones, deals</source>
        <translation>toàn bộ một người liên hệ: email, điện thoại, thương vụ</translation>
    </message>
    <message>
        <source>merge the second contact into the first (undoable)</source>
        <translation>gộp người liên hệ thứ hai vào người thứ nhất (có thể hoàn tác)</translation>
    </message>
    <message>
        <source>the contact kept</source>
        <translation>người liên hệ được giữ</translation>
    </message>
    <message>
        <source>the contact merged into it</source>
        <translation>người liên hệ được gộp vào</translation>
    </message>
    <message>
        <source>list and show organizations</source>
        <translation>liệt kê và xem công ty</translation>
    </message>
    <message>
        <source>list organizations, optionally matching a search</source>
        <translation>liệt kê công ty, có thể theo nội dung tìm kiếm</translation>
    </message>
    <message>
        <source>one organization whole: people, deals</source>
        <translation>toàn bộ một công ty: người liên hệ, thương vụ</translation>
    </message>
    <message>
        <source>{count} contact(s)</source>
        <translation>{count} người liên hệ</translation>
    </message>
    <message>
        <source>{count} organization(s)</source>
        <translation>{count} công ty</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>Vai trò quyết định</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Quy mô</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>{deals} deal(s), {quotes} quote(s), {activities} activity(ies)</source>
        <translation>{deals} thương vụ, {quotes} báo giá, {activities} hoạt động</translation>
    </message>
    <message>
        <source>Merged contact {other} into {keep}: {deals} deal(s) moved with their quotes and activities.</source>
        <translation>Đã gộp người liên hệ {other} vào {keep}: đã chuyển {deals} thương vụ cùng báo giá và hoạt động của chúng.</translation>
    </message>
    <message>
        <source>change a deal&apos;s title, value or expected close</source>
        <translation>đổi tên, giá trị hoặc ngày dự kiến chốt của một thương vụ</translation>
    </message>
    <message>
        <source>the deal&apos;s new title</source>
        <translation>tên mới của thương vụ</translation>
    </message>
    <message>
        <source>the new expected value</source>
        <translation>giá trị dự kiến mới</translation>
    </message>
    <message>
        <source>the expected close date (YYYY-MM-DD)</source>
        <translation>ngày dự kiến chốt (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>change it only if the deal is still at version N (see deals show --json)</source>
        <translation>chỉ đổi nếu thương vụ vẫn ở phiên bản N (xem deals show --json)</translation>
    </message>
    <message>
        <source>Saved deal {id} “{title}” ({value}), now version {version}.</source>
        <translation>Đã lưu thương vụ {id} “{title}” ({value}), nay là phiên bản {version}.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Nurturing · step %1 of %2</source>
        <translation>Đang chăm sóc · bước %1/%2</translation>
    </message>
    <message>
        <source>%1 day in stage</source>
        <translation>%1 ngày ở giai đoạn này</translation>
    </message>
    <message>
        <source>%1 days in stage</source>
        <translation>%1 ngày ở giai đoạn này</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Lâu không chăm sóc</translation>
    </message>
    <message>
        <source>%1 quote</source>
        <translation>%1 báo giá</translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation>%1 báo giá</translation>
    </message>
    <message>
        <source>No next action</source>
        <translation>Chưa có việc tiếp theo</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>quá hạn từ %1</translation>
    </message>
</context>
<context>
    <name>CatalogWindow</name>
    <message>
        <source>Product catalog</source>
        <translation>Danh mục sản phẩm</translation>
    </message>
    <message>
        <source>Search by SKU or name</source>
        <translation>Tìm theo mã hàng hoặc tên</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Hiện cả sản phẩm đã lưu trữ</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Mã hàng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Thuế GTGT</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>Mã &amp;hàng:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị tính:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Đơn giá:</translation>
    </message>
    <message>
        <source>&amp;VAT:</source>
        <translation>Thuế &amp;GTGT:</translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation>&amp;Thêm mới</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Lưu t&amp;rữ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (đã lưu trữ)</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
</context>
<context>
    <name>CompanySettings</name>
    <message>
        <source>Company &amp;name:</source>
        <translation>Tên &amp;công ty:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation>Mã số &amp;thuế:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Địa chỉ &amp;email:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Trang &amp;web:</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Thông tin công ty</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Chọn &amp;logo…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Không dùng logo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo công ty:</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>Tiền tệ &amp;mặc định:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Quotes &amp;valid for:</source>
        <translation>Báo giá có &amp;hiệu lực trong:</translation>
    </message>
    <message>
        <source>Default &amp;terms:</source>
        <translation>Điều &amp;khoản mặc định:</translation>
    </message>
    <message>
        <source>No bank account</source>
        <translation>Không có tài khoản ngân hàng</translation>
    </message>
    <message>
        <source>Ban&amp;k:</source>
        <translation>Ngân &amp;hàng:</translation>
    </message>
    <message>
        <source>Account n&amp;umber:</source>
        <translation>&amp;Số tài khoản:</translation>
    </message>
    <message>
        <source>digits only</source>
        <translation>chỉ gồm chữ số</translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation>&amp;Chủ tài khoản:</translation>
    </message>
    <message>
        <source>as on the account</source>
        <translation>đúng như trên tài khoản</translation>
    </message>
    <message>
        <source>e.g. CN TP. Hồ Chí Minh</source>
        <translation>ví dụ: CN TP. Hồ Chí Minh</translation>
    </message>
    <message>
        <source>Bank b&amp;ranch or note:</source>
        <translation>Chi &amp;nhánh hoặc ghi chú:</translation>
    </message>
    <message>
        <source>Print a VietQR code on quotes in đồng, to pay by scanning</source>
        <translation>In mã VietQR trên báo giá bằng đồng, để khách quét mã thanh toán</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Chọn logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <source>Show the newer copy; what you typed stays in the form until you save.</source>
        <translation>Hiện bản mới hơn; những gì bạn đã gõ vẫn nằm trong biểu mẫu cho đến khi bạn lưu.</translation>
    </message>
    <message>
        <source>Reloaded: the form shows the newer copy with your edits on top; Save applies them.</source>
        <translation>Đã tải lại: biểu mẫu hiện bản mới hơn kèm các chỗ bạn sửa; bấm Lưu để áp dụng chúng.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Người liên hệ mới</translation>
    </message>
    <message>
        <source>Contact — %1</source>
        <translation>Người liên hệ — %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>New organization “%1” will be created when you save.</source>
        <translation>Công ty mới “%1” sẽ được tạo khi bạn lưu.</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>Công t&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Chức danh:</translation>
    </message>
    <message>
        <source>Decision &amp;role:</source>
        <translation>Vai trò &amp;quyết định:</translation>
    </message>
    <message>
        <source>Add an email</source>
        <translation>Thêm email</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>ten@vidu.vn</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Thêm số điện thoại</translation>
    </message>
    <message>
        <source>e.g. 0903 111 222</source>
        <translation>vd. 0903 111 222</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>CurrenciesDialog</name>
    <message>
        <source>Currencies</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Tiền tệ báo cáo</translation>
    </message>
    <message>
        <source>Monthly target</source>
        <translation>Mục tiêu mỗi tháng</translation>
    </message>
    <message>
        <source>Commit from</source>
        <translation>Tính là chắc chắn từ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ giá</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>e.g. 25400</source>
        <translation>ví dụ 25400</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Thêm tỷ giá</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ ngày</translation>
    </message>
    <message>
        <source>Exchange rates (one unit is worth, in the reporting currency)</source>
        <translation>Tỷ giá (một đơn vị bằng bao nhiêu tiền tệ báo cáo)</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New lead</source>
        <translation>Khách tiềm năng mới</translation>
    </message>
    <message>
        <source>Deal — %1</source>
        <translation>Thương vụ — %1</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Chi tiết</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Hoạt động</translation>
    </message>
    <message>
        <source>&amp;Qualification</source>
        <translation>Thẩm đị&amp;nh</translation>
    </message>
    <message>
        <source>S&amp;core</source>
        <translation>Đ&amp;iểm</translation>
    </message>
    <message>
        <source>Q&amp;uotes</source>
        <translation>&amp;Báo giá</translation>
    </message>
    <message>
        <source>&amp;Nurturing</source>
        <translation>C&amp;hăm sóc</translation>
    </message>
    <message>
        <source>Activities added here are saved already: Cancel keeps them (Edit → Undo removes one).</source>
        <translation>Các hoạt động thêm ở đây đã được lưu: Hủy vẫn giữ chúng (Sửa → Hoàn tác để xóa một hoạt động).</translation>
    </message>
    <message>
        <source>This contact&apos;s own emails and phones are edited in their dialog.</source>
        <translation>Email và số điện thoại của người liên hệ này được sửa trong hộp thoại của họ.</translation>
    </message>
    <message>
        <source>New organization “%1” will be created when you save.</source>
        <translation>Công ty mới “%1” sẽ được tạo khi bạn lưu.</translation>
    </message>
    <message>
        <source>New contact “%1” will be created when you save.</source>
        <translation>Người liên hệ mới “%1” sẽ được tạo khi bạn lưu.</translation>
    </message>
    <message>
        <source>This date is in the past; it is saved as it is.</source>
        <translation>Ngày này đã qua; vẫn được lưu như đã nhập.</translation>
    </message>
    <message>
        <source>Give the deal a title.</source>
        <translation>Nhập tiêu đề cho thương vụ.</translation>
    </message>
    <message>
        <source>Contact&apos;s &amp;email:</source>
        <translation>&amp;Email người liên hệ:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>ten@vidu.vn</translation>
    </message>
    <message>
        <source>Contact&apos;s p&amp;hone:</source>
        <translation>Điện t&amp;hoại người liên hệ:</translation>
    </message>
    <message>
        <source>e.g. 0903 111 222</source>
        <translation>vd. 0903 111 222</translation>
    </message>
</context>
<context>
    <name>DealForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>What they want, e.g. POS system – Hoa Sen bakery</source>
        <translation>Khách cần gì, ví dụ: Hệ thống POS – tiệm bánh Hoa Sen</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>Công t&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>Người &amp;liên hệ:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>Giá t&amp;rị:</translation>
    </message>
    <message>
        <source>e.g. 1.250.000</source>
        <translation>ví dụ: 1.250.000</translation>
    </message>
    <message>
        <source>Expected &amp;close:</source>
        <translation>Ngày dự &amp;kiến chốt:</translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation>Đặt ngày</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>N&amp;guồn:</translation>
    </message>
    <message>
        <source>&amp;Interested in:</source>
        <translation>Nh&amp;u cầu:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Người &amp;phụ trách:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Giai đoạn:</translation>
    </message>
    <message>
        <source>S&amp;ub-stage:</source>
        <translation>Giai đoạn c&amp;on:</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>&amp;Xác suất:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Reset to stage default</source>
        <translation>Đặt lại th&amp;eo mặc định của giai đoạn</translation>
    </message>
</context>
<context>
    <name>Defaults</name>
    <message>
        <source>Lead</source>
        <translation>Khách tiềm năng</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Khách triển vọng</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Cơ hội bán hàng</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Thành công</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation>Đã xác định nhu cầu</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Đã gửi đề xuất</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Thương lượng</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Đang chốt</translation>
    </message>
    <message>
        <source>Lead → Prospect</source>
        <translation>Khách tiềm năng → Khách triển vọng</translation>
    </message>
    <message>
        <source>Prospect → Opportunity</source>
        <translation>Khách triển vọng → Cơ hội bán hàng</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Bản tin</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Câu chuyện khách hàng</translation>
    </message>
    <message>
        <source>Pricing page visit</source>
        <translation>Xem trang bảng giá</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Manual order</source>
        <translation>Sắp xếp thủ công</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Việc tiếp theo</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Số ngày ở giai đoạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Sắp tới</translation>
    </message>
    <message>
        <source>Website visit</source>
        <translation>Truy cập trang web</translation>
    </message>
    <message>
        <source>Content download</source>
        <translation>Tải tài liệu</translation>
    </message>
    <message>
        <source>Fits the ideal customer profile (industry, company size, region)</source>
        <translation>Phù hợp với chân dung khách hàng lý tưởng (ngành nghề, quy mô công ty, khu vực)</translation>
    </message>
    <message>
        <source>Shows buying intent (repeat visits, a high-value download, an information request)</source>
        <translation>Có ý định mua (truy cập nhiều lần, tải tài liệu giá trị cao, yêu cầu thông tin)</translation>
    </message>
    <message>
        <source>Engaged in a two-way conversation (replied, joined a webinar, took a call)</source>
        <translation>Đã trao đổi hai chiều (đã trả lời, tham dự hội thảo trực tuyến, đã nghe máy)</translation>
    </message>
    <message>
        <source>Acknowledges a problem our offer solves</source>
        <translation>Thừa nhận đang gặp vấn đề mà giải pháp của chúng ta xử lý được</translation>
    </message>
    <message>
        <source>Role in the buying decision identified</source>
        <translation>Đã xác định vai trò trong quyết định mua hàng</translation>
    </message>
    <message>
        <source>A defined need that our product or service solves</source>
        <translation>Có nhu cầu rõ ràng mà sản phẩm hoặc dịch vụ của chúng ta đáp ứng được</translation>
    </message>
    <message>
        <source>Budget confirmed or allocated</source>
        <translation>Ngân sách đã được xác nhận hoặc phân bổ</translation>
    </message>
    <message>
        <source>Timeline or target date agreed</source>
        <translation>Đã thống nhất tiến độ hoặc ngày mục tiêu</translation>
    </message>
    <message>
        <source>Decision maker involved in the conversation</source>
        <translation>Người quyết định có tham gia trao đổi</translation>
    </message>
    <message>
        <source>Ready to discuss pricing, implementation and return on investment</source>
        <translation>Sẵn sàng bàn về giá, triển khai và lợi tức đầu tư</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Giá quá cao</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Chọn đối thủ cạnh tranh</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Không có ngân sách</translation>
    </message>
    <message>
        <source>No decision / stalled</source>
        <translation>Chưa quyết định / bị đình trệ</translation>
    </message>
    <message>
        <source>Timing not right</source>
        <translation>Chưa đúng thời điểm</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Không phù hợp</translation>
    </message>
    <message>
        <source>Unresponsive</source>
        <translation>Không phản hồi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lý do khác</translation>
    </message>
    <message>
        <source>Pricing-page visit</source>
        <translation>Xem trang bảng giá</translation>
    </message>
    <message>
        <source>Newsletter sign-up</source>
        <translation>Đăng ký nhận bản tin</translation>
    </message>
    <message>
        <source>Webinar attended</source>
        <translation>Tham dự hội thảo trực tuyến</translation>
    </message>
    <message>
        <source>Email reply</source>
        <translation>Trả lời email</translation>
    </message>
    <message>
        <source>Inquiry or contact form</source>
        <translation>Hỏi thông tin hoặc gửi biểu mẫu liên hệ</translation>
    </message>
    <message>
        <source>Industry in the target list</source>
        <translation>Ngành nghề thuộc danh sách mục tiêu</translation>
    </message>
    <message>
        <source>Company size in the target band</source>
        <translation>Quy mô công ty trong khoảng mục tiêu</translation>
    </message>
    <message>
        <source>Contact is the decision maker</source>
        <translation>Người liên hệ là người quyết định</translation>
    </message>
    <message>
        <source>Contact is an influencer</source>
        <translation>Người liên hệ là người có ảnh hưởng</translation>
    </message>
    <message>
        <source>Free-mail address</source>
        <translation>Địa chỉ email miễn phí</translation>
    </message>
    <message>
        <source>Demo request</source>
        <translation>Yêu cầu demo</translation>
    </message>
    <message>
        <source>Quote request</source>
        <translation>Yêu cầu báo giá</translation>
    </message>
    <message>
        <source>Limited to the 0–100 range</source>
        <translation>Giới hạn trong khoảng 0–100</translation>
    </message>
    <message>
        <source>own mapping</source>
        <translation>tự chọn cột</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Tiêu đề thương vụ</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Giá trị thương vụ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Won/lost status</source>
        <translation>Trạng thái thành công/thất bại</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Lý do thất bại</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Mã bản ghi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Ngày dự kiến chốt</translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation>Nhu cầu</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Ngành nghề</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Quy mô công ty</translation>
    </message>
    <message>
        <source>Organization phone</source>
        <translation>Điện thoại công ty</translation>
    </message>
    <message>
        <source>Organization email</source>
        <translation>Email công ty</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Tên người liên hệ</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Email người liên hệ</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Điện thoại người liên hệ</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>CRM Desk export</source>
        <translation>Tệp xuất CRM Desk</translation>
    </message>
    <message>
        <source>CRM Desk contacts export</source>
        <translation>Tệp xuất người liên hệ CRM Desk</translation>
    </message>
    <message>
        <source>CRM Desk organizations export</source>
        <translation>Tệp xuất công ty CRM Desk</translation>
    </message>
    <message>
        <source>Pipedrive deals</source>
        <translation>Thương vụ Pipedrive</translation>
    </message>
    <message>
        <source>HubSpot deals</source>
        <translation>Thương vụ HubSpot</translation>
    </message>
    <message>
        <source>HubSpot contacts</source>
        <translation>Người liên hệ HubSpot</translation>
    </message>
    <message>
        <source>Salesforce report</source>
        <translation>Báo cáo Salesforce</translation>
    </message>
    <message>
        <source>Zoho CRM deals</source>
        <translation>Thương vụ Zoho CRM</translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation>Danh bạ Google</translation>
    </message>
    <message>
        <source>Outlook contacts</source>
        <translation>Danh bạ Outlook</translation>
    </message>
    <message>
        <source>CRM Desk workbook</source>
        <translation>Bảng tính CRM Desk</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Người quyết định</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Người có ảnh hưởng</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người sử dụng</translation>
    </message>
    <message>
        <source>Role not known</source>
        <translation>Chưa rõ vai trò</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Lạnh</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Ấm</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Nóng</translation>
    </message>
    <message>
        <source>Not ready yet: six weeks</source>
        <translation>Chưa sẵn sàng: sáu tuần</translation>
    </message>
    <message>
        <source>Thank {contact} and send our buyer&apos;s guide</source>
        <translation>Cảm ơn {contact} và gửi cẩm nang chọn giải pháp</translation>
    </message>
    <message>
        <source>Newsletter for {contact}: tips for {organization}</source>
        <translation>Bản tin cho {contact}: mẹo hay cho {organization}</translation>
    </message>
    <message>
        <source>Case study of a business like {organization}</source>
        <translation>Câu chuyện khách hàng giống {organization}</translation>
    </message>
    <message>
        <source>Newsletter for {contact}: what is new this month</source>
        <translation>Bản tin cho {contact}: có gì mới tháng này</translation>
    </message>
    <message>
        <source>Call {contact}: is {organization} ready to talk?</source>
        <translation>Gọi {contact}: {organization} đã sẵn sàng trao đổi chưa?</translation>
    </message>
    <message>
        <source>Timing not right: quarterly</source>
        <translation>Chưa đúng thời điểm: hằng quý</translation>
    </message>
    <message>
        <source>Thank {contact} and agree to stay in touch</source>
        <translation>Cảm ơn {contact} và hẹn giữ liên lạc</translation>
    </message>
    <message>
        <source>Quarterly newsletter for {contact}</source>
        <translation>Bản tin quý cho {contact}</translation>
    </message>
    <message>
        <source>Case study for {organization}: results a year on</source>
        <translation>Câu chuyện khách hàng cho {organization}: kết quả sau một năm</translation>
    </message>
    <message>
        <source>Call {contact}: is the timing better now?</source>
        <translation>Gọi {contact}: thời điểm bây giờ đã phù hợp chưa?</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Di động</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Nhà riêng</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol in a nurturing plan</source>
        <translation>Đưa vào kế hoạch chăm sóc</translation>
    </message>
    <message>
        <source>Enrol “%1” in a nurturing plan:</source>
        <translation>Đưa “%1” vào kế hoạch chăm sóc:</translation>
    </message>
    <message>
        <source>Enrol %1 deal in a nurturing plan:</source>
        <translation>Đưa %1 thương vụ vào kế hoạch chăm sóc:</translation>
    </message>
    <message>
        <source>Enrol %1 deals in a nurturing plan:</source>
        <translation>Đưa %1 thương vụ vào kế hoạch chăm sóc:</translation>
    </message>
    <message>
        <source>Each touch becomes a follow-up in Today. The plan stops by itself when the lead replies, calls, meets, asks for a demo or a quote, or moves on.</source>
        <translation>Mỗi lượt tiếp cận thành một việc cần làm trong Hôm nay. Kế hoạch tự dừng khi khách trả lời, gọi điện, gặp mặt, yêu cầu demo hoặc báo giá, hoặc chuyển sang giai đoạn khác.</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Kế hoạch:</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>Đư&amp;a vào</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>ngày %1</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>No such signals in the last %1 days.</source>
        <translation>Không có tín hiệu nào như vậy trong %1 ngày qua.</translation>
    </message>
    <message>
        <source>%1 in the last %2 days.</source>
        <translation>%1 trong %2 ngày qua.</translation>
    </message>
    <message>
        <source>No contact recorded.</source>
        <translation>Chưa ghi nhận người liên hệ.</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 nhân viên</translation>
    </message>
    <message>
        <source>No industry, size or region recorded.</source>
        <translation>Chưa ghi nhận ngành nghề, quy mô hay khu vực.</translation>
    </message>
    <message>
        <source>No two-way contact recorded yet.</source>
        <translation>Chưa ghi nhận lần trao đổi hai chiều nào.</translation>
    </message>
    <message>
        <source>%1 conversation(s), the last on %2.</source>
        <translation>%1 lần trao đổi, gần nhất vào %2.</translation>
    </message>
    <message>
        <source>Interested in: %1</source>
        <translation>Nhu cầu: %1</translation>
    </message>
    <message>
        <source>No interest recorded.</source>
        <translation>Chưa ghi nhận nhu cầu.</translation>
    </message>
    <message>
        <source>Expected value %1</source>
        <translation>Giá trị dự kiến %1</translation>
    </message>
    <message>
        <source>No value entered.</source>
        <translation>Chưa nhập giá trị.</translation>
    </message>
    <message>
        <source>Expected close %1</source>
        <translation>Ngày dự kiến chốt %1</translation>
    </message>
    <message>
        <source>No expected close date.</source>
        <translation>Chưa có ngày dự kiến chốt.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Excel workbook, everything (*.xlsx)</source>
        <translation>Bảng tính Excel, toàn bộ dữ liệu (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, deals (*.csv)</source>
        <translation>CSV, thương vụ (*.csv)</translation>
    </message>
    <message>
        <source>CSV, contacts (*.csv)</source>
        <translation>CSV, người liên hệ (*.csv)</translation>
    </message>
    <message>
        <source>CSV, organizations (*.csv)</source>
        <translation>CSV, công ty (*.csv)</translation>
    </message>
    <message>
        <source>CSV, activities (*.csv)</source>
        <translation>CSV, hoạt động (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Đã ghi %1 dòng vào %2.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Import a spreadsheet or another CRM&apos;s export</source>
        <translation>Nhập bảng tính hoặc tệp xuất từ CRM khác</translation>
    </message>
    <message>
        <source>CRM Desk reads CSV files (any usual encoding; comma, semicolon or tab) and Excel .xlsx workbooks. Exports of HubSpot, Pipedrive, Salesforce, Zoho CRM, Google Contacts and Outlook are recognized by their columns; for any other file you say which column is what. Nothing is written until the last step, and you see what will happen first.</source>
        <translation>CRM Desk đọc được tệp CSV (mọi bảng mã thông dụng; phân cách bằng dấu phẩy, dấu chấm phẩy hoặc tab) và bảng tính Excel .xlsx. Tệp xuất từ HubSpot, Pipedrive, Salesforce, Zoho CRM, Danh bạ Google và Outlook được nhận diện qua các cột; với tệp khác, bạn chỉ cần cho biết cột nào chứa thông tin gì. Chưa có gì được ghi cho đến bước cuối cùng, và bạn sẽ được xem trước những gì sẽ diễn ra.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Tệp cần nhập</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Bảng mã</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Bảng tính (*.csv *.txt *.xlsx);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Back to &amp;my file</source>
        <translation>Về &amp;tệp của tôi</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Tạo cơ sở &amp;dữ liệu mới…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mở &amp;thư mục chứa tệp</translation>
    </message>
    <message>
        <source>CRM Desk databases (*.sqlite *.crmdesk *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu CRM Desk (*.sqlite *.crmdesk *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>my-pipeline.sqlite</source>
        <translation>kinh-doanh-cua-toi.sqlite</translation>
    </message>
    <message>
        <source>%1 already exists: use File → Open… to open it.</source>
        <translation>%1 đã có: hãy dùng Tệp → Mở… để mở tệp này.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Mở một cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>No other file yet</source>
        <translation>Chưa có tệp nào khác</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở tệp &amp;gần đây</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search deals, people, companies, email, phone…</source>
        <translation>Tìm kiếm thương vụ, người liên hệ, công ty, email, số điện thoại…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Độ nóng</translation>
    </message>
    <message>
        <source>Any temperature</source>
        <translation>Mọi độ nóng</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Mọi nguồn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Mọi người phụ trách</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Lâu không chăm sóc</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Show every deal again</source>
        <translation>Hiện lại mọi thương vụ</translation>
    </message>
</context>
<context>
    <name>GateCriteria</name>
    <message>
        <source>Criteria of %1</source>
        <translation>Tiêu chí của bước kiểm tra %1</translation>
    </message>
    <message>
        <source>What must be true, in a sentence</source>
        <translation>Điều kiện cần đúng, viết trong một câu</translation>
    </message>
    <message>
        <source>&amp;Required to pass the gate</source>
        <translation>&amp;Bắt buộc để qua bước kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Active (untick to retire: answers already given stay)</source>
        <translation>Đang &amp;dùng (bỏ đánh dấu để ngừng dùng: các câu trả lời đã có vẫn được giữ)</translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>&amp;Thêm tiêu chí</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>Drag to reorder. Changes apply to the next gate crossing.</source>
        <translation>Kéo để sắp xếp lại. Thay đổi được áp dụng từ lần qua bước kiểm tra tiếp theo.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>đã ngừng dùng</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Tiêu chí mới</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <source>Qualify before moving</source>
        <translation>Thẩm định trước khi chuyển</translation>
    </message>
    <message>
        <source>Why move anyway? (recorded in the deal&apos;s history)</source>
        <translation>Vì sao vẫn chuyển? (được ghi vào lịch sử thương vụ)</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Lý do bỏ qua</translation>
    </message>
    <message>
        <source>&amp;Override reason:</source>
        <translation>&amp;Lý do bỏ qua:</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Chuyển</translation>
    </message>
    <message>
        <source>Moving “%1” crosses %2. Tick what is true, with evidence.</source>
        <translation>Chuyển “%1” phải qua bước kiểm tra %2. Đánh dấu các tiêu chí đã đạt, kèm căn cứ.</translation>
    </message>
    <message>
        <source>Moving %1 deals crosses %2. The answers apply to each of them.</source>
        <translation>Chuyển %1 thương vụ phải qua bước kiểm tra %2. Câu trả lời được áp dụng cho từng thương vụ.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <source>Evidence (optional)</source>
        <translation>Căn cứ (không bắt buộc)</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Căn cứ cho %1</translation>
    </message>
    <message>
        <source>All required criteria are met.</source>
        <translation>Mọi tiêu chí bắt buộc đều đạt.</translation>
    </message>
    <message>
        <source>The move will be recorded as an override.</source>
        <translation>Lần chuyển này sẽ được ghi nhận là bỏ qua kiểm tra.</translation>
    </message>
    <message>
        <source>%1 required criterion is not met: tick it, or give an override reason.</source>
        <translation>%1 tiêu chí bắt buộc chưa đạt: đánh dấu tiêu chí đó hoặc nhập lý do bỏ qua.</translation>
    </message>
    <message>
        <source>%1 required criteria are not met: tick them, or give an override reason.</source>
        <translation>%1 tiêu chí bắt buộc chưa đạt: đánh dấu các tiêu chí đó hoặc nhập lý do bỏ qua.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>New quote for the selected deal</source>
        <translation>Báo giá mới cho thương vụ đang chọn</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Nhập dữ liệu từ tệp</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>Xuất dữ liệu ra tệp</translation>
    </message>
    <message>
        <source>Refresh the board</source>
        <translation>Làm mới bảng</translation>
    </message>
    <message>
        <source>The user guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Today: done · reschedule · tomorrow · snooze an hour</source>
        <translation>Hôm nay: xong · dời lịch · ngày mai · hoãn một giờ</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>CRM Desk — user guide</source>
        <translation>CRM Desk — hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source> (retired)</source>
        <translation> (đã ngừng dùng)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Bước kiểm tra</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Chuyển giai đoạn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>Bỏ qua kiểm tra: %1</translation>
    </message>
    <message>
        <source>No answers yet. They are recorded, with the time, when the deal is moved across a gate.</source>
        <translation>Chưa có câu trả lời nào. Câu trả lời được ghi lại, kèm thời gian, khi thương vụ được chuyển qua một bước kiểm tra.</translation>
    </message>
    <message>
        <source>Answers given at the gates, newest first</source>
        <translation>Câu trả lời tại các bước kiểm tra, mới nhất trước</translation>
    </message>
    <message>
        <source>Stage history, newest first</source>
        <translation>Lịch sử giai đoạn, mới nhất trước</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1 email</source>
        <translation>%1 địa chỉ email</translation>
    </message>
    <message>
        <source>%1 emails</source>
        <translation>%1 địa chỉ email</translation>
    </message>
    <message>
        <source>%1 phone number</source>
        <translation>%1 số điện thoại</translation>
    </message>
    <message>
        <source>%1 phone numbers</source>
        <translation>%1 số điện thoại</translation>
    </message>
    <message>
        <source>%1 amount</source>
        <translation>%1 số tiền</translation>
    </message>
    <message>
        <source>%1 amounts</source>
        <translation>%1 số tiền</translation>
    </message>
    <message>
        <source>%1 date</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>%1 dates</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 giá trị</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 giá trị</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation>%1 và %2</translation>
    </message>
    <message>
        <source>%1 that is not valid is left out of its row.</source>
        <translation>%1 không hợp lệ bị loại khỏi dòng chứa nó.</translation>
    </message>
    <message>
        <source>%1 that are not valid are left out of their rows.</source>
        <translation>%1 không hợp lệ bị loại khỏi các dòng chứa chúng.</translation>
    </message>
    <message>
        <source>%1 row</source>
        <translation>%1 dòng</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 dòng</translation>
    </message>
    <message>
        <source>%1 deal</source>
        <translation>%1 thương vụ</translation>
    </message>
    <message>
        <source>%1 deals</source>
        <translation>%1 thương vụ</translation>
    </message>
    <message>
        <source>%1 new organization</source>
        <translation>%1 công ty mới</translation>
    </message>
    <message>
        <source>%1 new organizations</source>
        <translation>%1 công ty mới</translation>
    </message>
    <message>
        <source>%1 new contact</source>
        <translation>%1 người liên hệ mới</translation>
    </message>
    <message>
        <source>%1 new contacts</source>
        <translation>%1 người liên hệ mới</translation>
    </message>
    <message>
        <source>%1 row is</source>
        <translation>%1 dòng</translation>
    </message>
    <message>
        <source>%1 rows are</source>
        <translation>%1 dòng</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập dữ liệu</translation>
    </message>
    <message>
        <source>CRM Desk cannot tell which encoding this file is in. Choose below the one in which its first lines read right, then press Next.</source>
        <translation>CRM Desk không xác định được bảng mã của tệp này. Hãy chọn bên dưới bảng mã mà ở đó những dòng đầu của tệp đọc đúng, rồi bấm Tiếp.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>Print the report</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Insight report</source>
        <translation>Báo cáo phân tích</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Không ghi được báo cáo: %1</translation>
    </message>
    <message>
        <source>learnt probabilities</source>
        <translation>xác suất học được</translation>
    </message>
    <message>
        <source>stage probabilities</source>
        <translation>xác suất theo giai đoạn</translation>
    </message>
    <message>
        <source>Forecast by expected close month (%1)</source>
        <translation>Dự báo theo tháng dự kiến chốt (%1)</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Thành công</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Theo xác suất</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Khả quan nhất</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Mục tiêu %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Slipped (close date passed): %1 · %2</source>
        <translation>Trễ hẹn (đã qua ngày dự kiến chốt): %1 · %2</translation>
    </message>
    <message>
        <source>No close date: %1 · %2</source>
        <translation>Chưa có ngày dự kiến chốt: %1 · %2</translation>
    </message>
    <message>
        <source>Not added: no exchange rate for %1 (Settings → Currencies). Amounts in it are shown apart.</source>
        <translation>Chưa cộng vào: thiếu tỷ giá cho %1 (Cài đặt → Tiền tệ). Các khoản tiền này được ghi riêng.</translation>
    </message>
    <message>
        <source>Won: %1 (%2 deals)</source>
        <translation>Thành công: %1 (%2 thương vụ)</translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation>Theo xác suất: %1</translation>
    </message>
    <message>
        <source>Commit: %1 (%2 deals)</source>
        <translation>Chắc chắn: %1 (%2 thương vụ)</translation>
    </message>
    <message>
        <source>Best case: %1 (%2 deals)</source>
        <translation>Khả quan nhất: %1 (%2 thương vụ)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Mục tiêu: %1</translation>
    </message>
    <message>
        <source>Click to see the deals</source>
        <translation>Bấm để xem các thương vụ</translation>
    </message>
    <message>
        <source>Won in %1</source>
        <translation>Thành công trong %1</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>Dự kiến chốt trong %1</translation>
    </message>
    <message>
        <source>Double-click a row to see its deals</source>
        <translation>Bấm đúp vào một dòng để xem các thương vụ</translation>
    </message>
    <message>
        <source>Median days in each stage</source>
        <translation>Số ngày trung vị ở mỗi giai đoạn</translation>
    </message>
    <message>
        <source>Why deals were lost</source>
        <translation>Lý do thất bại</translation>
    </message>
    <message>
        <source>Win rate by source, owner, industry and size</source>
        <translation>Tỷ lệ thành công theo nguồn, người phụ trách, ngành nghề và quy mô</translation>
    </message>
    <message>
        <source>How far the deals went</source>
        <translation>Thương vụ đi được đến đâu</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Thương vụ</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Số ngày trung vị</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Theo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tỷ lệ thành công</translation>
    </message>
    <message>
        <source>%1: %2 deals reached it</source>
        <translation>%1: %2 thương vụ đã đến</translation>
    </message>
    <message>
        <source>%1 % of the stage before</source>
        <translation>%1 % của giai đoạn trước</translation>
    </message>
    <message>
        <source>%1: median %2 days, mean %3 days (%4 stays)</source>
        <translation>%1: trung vị %2 ngày, trung bình %3 ngày (%4 lượt)</translation>
    </message>
    <message>
        <source>Reached %1</source>
        <translation>Đã đến %1</translation>
    </message>
    <message>
        <source>Stayed in %1</source>
        <translation>Đã qua %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Thất bại: %1</translation>
    </message>
    <message>
        <source>Win probability learnt from your history</source>
        <translation>Xác suất thành công học từ lịch sử của bạn</translation>
    </message>
    <message>
        <source>Bars: the chance it gave, on average, in each tenth; green marks: the share that was won.</source>
        <translation>Cột: xác suất trung bình mô hình đưa ra trong mỗi khoảng mười phần trăm; vạch xanh: tỷ lệ đã thành công.</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Dự đoán</translation>
    </message>
    <message>
        <source>%1 deals predicted %2–%3 %: on average %4 %, and %5 % were won</source>
        <translation>%1 thương vụ được dự đoán %2–%3 %: trung bình %4 %, và %5 % đã thành công</translation>
    </message>
    <message>
        <source>Forecast by expected close month</source>
        <translation>Dự báo theo tháng dự kiến chốt</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Dự báo</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Chắc chắn</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <source>Slipped deals (close date passed)</source>
        <translation>Thương vụ trễ hẹn (đã qua ngày dự kiến chốt)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Thương vụ</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ngày dự kiến chốt</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Xác suất</translation>
    </message>
    <message>
        <source>Weighted with %1; commit from %2 %.</source>
        <translation>Tính theo %1; chắc chắn từ %2 %.</translation>
    </message>
    <message>
        <source>Slipped: %1 deals; no close date: %2 deals. Lost deals never count.</source>
        <translation>Trễ hẹn: %1 thương vụ; chưa có ngày dự kiến chốt: %2 thương vụ. Thương vụ thất bại không bao giờ được tính.</translation>
    </message>
    <message>
        <source>Not added: no exchange rate for %1.</source>
        <translation>Chưa cộng vào: thiếu tỷ giá cho %1.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Phễu</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Đã đến</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Tỷ lệ chuyển đổi</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Số ngày trung bình</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Lý do thất bại</translation>
    </message>
    <message>
        <source>Lost after reaching</source>
        <translation>Thất bại sau khi đến</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Win rates</source>
        <translation>Tỷ lệ thành công</translation>
    </message>
    <message>
        <source>Pipeline velocity: %1 open opportunities × %2 average won × %3 won ÷ %4 days to close.</source>
        <translation>Tốc độ phễu bán hàng: %1 cơ hội đang mở × %2 giá trị thành công trung bình × %3 thành công ÷ %4 ngày để chốt.</translation>
    </message>
    <message>
        <source>Funnel of the deals created %1 – %2</source>
        <translation>Phễu của các thương vụ tạo từ %1 – %2</translation>
    </message>
    <message>
        <source>Pipeline velocity: %1 a day.</source>
        <translation>Tốc độ phễu bán hàng: %1 mỗi ngày.</translation>
    </message>
    <message>
        <source>Insight — forecast and funnel</source>
        <translation>Phân tích — dự báo và phễu bán hàng</translation>
    </message>
    <message>
        <source>In %1, on %2. %3</source>
        <translation>Bằng %1, ngày %2. %3</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Trang {page}/{pages}</translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>theo xác suất</translation>
    </message>
    <message>
        <source>best case</source>
        <translation>khả quan nhất</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>chắc chắn</translation>
    </message>
    <message>
        <source>won</source>
        <translation>thành công</translation>
    </message>
    <message>
        <source>Not added to %1 (no rate): %2</source>
        <translation>Chưa cộng vào %1 (thiếu tỷ giá): %2</translation>
    </message>
    <message>
        <source>Stage defaults</source>
        <translation>Mặc định theo giai đoạn</translation>
    </message>
    <message>
        <source>Learnt from history</source>
        <translation>Học từ lịch sử</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Xác suất</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Currencies…</source>
        <translation>Tiền tệ…</translation>
    </message>
    <message>
        <source>Deals created</source>
        <translation>Thương vụ tạo từ</translation>
    </message>
    <message>
        <source>Pipeline velocity: %1 a day — %2 open opportunities × %3 average won × %4 % won ÷ %5 days to close.</source>
        <translation>Tốc độ phễu bán hàng: %1 mỗi ngày — %2 cơ hội đang mở × %3 giá trị thành công trung bình × %4 % thành công ÷ %5 ngày để chốt.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Ngành nghề</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Quy mô công ty</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Số ngày ở giai đoạn</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Sub-stage</source>
        <translation>Giai đoạn con</translation>
    </message>
    <message>
        <source>Sub-stage default</source>
        <translation>Mặc định của giai đoạn con</translation>
    </message>
    <message>
        <source>another one</source>
        <translation>loại khác</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>smallest quarter of your deals</source>
        <translation>nhóm một phần tư nhỏ nhất trong các thương vụ của bạn</translation>
    </message>
    <message>
        <source>second quarter of your deals</source>
        <translation>nhóm một phần tư thứ hai trong các thương vụ của bạn</translation>
    </message>
    <message>
        <source>third quarter of your deals</source>
        <translation>nhóm một phần tư thứ ba trong các thương vụ của bạn</translation>
    </message>
    <message>
        <source>largest quarter of your deals</source>
        <translation>nhóm một phần tư lớn nhất trong các thương vụ của bạn</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 nhân viên</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>The stage defaults did better (%1).</source>
        <translation>Xác suất mặc định theo giai đoạn tốt hơn (%1).</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Yếu tố</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Learning from your closed opportunities…</source>
        <translation>Đang học từ các cơ hội đã kết thúc của bạn…</translation>
    </message>
    <message>
        <source>Learnt from your history: %1 % (the sub-stage default: %2 %)</source>
        <translation>Học từ lịch sử của bạn: %1 % (mặc định của giai đoạn con: %2 %)</translation>
    </message>
    <message>
        <source>A typical past opportunity</source>
        <translation>Một cơ hội điển hình trước đây</translation>
    </message>
    <message>
        <source>Not enough history yet: %1 won and %2 lost opportunities so far; the learnt probability appears at %3 of each.</source>
        <translation>Chưa đủ lịch sử: mới có %1 cơ hội thành công và %2 cơ hội thất bại; xác suất học được sẽ xuất hiện khi mỗi loại có %3.</translation>
    </message>
    <message>
        <source>Learnt from %1 closed opportunities.</source>
        <translation>Học từ %1 cơ hội đã kết thúc.</translation>
    </message>
    <message>
        <source>Tried on your %1 most recent closed opportunities, which it had not seen: its chances were %2 points from the outcome on average (Brier score %3; 0 is perfect, 0.25 is a coin toss).</source>
        <translation>Thử trên %1 cơ hội kết thúc gần đây nhất mà mô hình chưa từng thấy: xác suất của nó lệch trung bình %2 điểm so với kết quả (điểm Brier %3; 0 là hoàn hảo, 0,25 là tung đồng xu).</translation>
    </message>
    <message>
        <source>That is about as good as the stage defaults (%1).</source>
        <translation>Như vậy tốt gần bằng xác suất mặc định theo giai đoạn (%1).</translation>
    </message>
    <message>
        <source>That is better than the stage defaults (%1).</source>
        <translation>Như vậy tốt hơn xác suất mặc định theo giai đoạn (%1).</translation>
    </message>
    <message>
        <source>When it said %1–%2 %, %3 % of those deals were won.</source>
        <translation>Khi nó nói %1–%2 %, có %3 % các thương vụ đó thành công.</translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <source>Search (Ctrl+F)…</source>
        <translation>Tìm kiếm (Ctrl+F)…</translation>
    </message>
    <message>
        <source>%1+ rows</source>
        <translation>%1+ dòng</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Người liên hệ mới…</translation>
    </message>
    <message>
        <source>New organization…</source>
        <translation>Công ty mới…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Tìm trùng lặp…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Thương vụ</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Mọi vai trò</translation>
    </message>
    <message>
        <source>Any industry</source>
        <translation>Mọi ngành</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Mọi khu vực</translation>
    </message>
    <message>
        <source>With or without deals</source>
        <translation>Có hoặc không có thương vụ</translation>
    </message>
    <message>
        <source>Has open deals</source>
        <translation>Có thương vụ đang mở</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Thương vụ đang mở</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>Vai trò quyết định</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Quy mô</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>Close date passed</source>
        <translation>Đã quá ngày dự kiến chốt</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Tháng sau</translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation>90 ngày tới</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên thương vụ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Xác suất</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Dự kiến chốt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Mức độ quan tâm</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Lý do thất bại</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Mọi giai đoạn</translation>
    </message>
    <message>
        <source>Live and archived</source>
        <translation>Đang dùng và đã lưu trữ</translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation>Mọi ngày dự kiến chốt</translation>
    </message>
    <message>
        <source>Created any time</source>
        <translation>Tạo bất kỳ lúc nào</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Archived %1 record.</source>
        <translation>Đã lưu trữ %1 bản ghi.</translation>
    </message>
    <message>
        <source>Archived %1 records.</source>
        <translation>Đã lưu trữ %1 bản ghi.</translation>
    </message>
    <message>
        <source>Restored %1 record.</source>
        <translation>Đã khôi phục %1 bản ghi.</translation>
    </message>
    <message>
        <source>Restored %1 records.</source>
        <translation>Đã khôi phục %1 bản ghi.</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <source>Mark as lost</source>
        <translation>Đánh dấu thất bại</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Vì sao “%1” thất bại?</translation>
    </message>
    <message>
        <source>Why were these %1 deals lost?</source>
        <translation>Vì sao %1 thương vụ này thất bại?</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Chọn lý do…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Mark &amp;lost</source>
        <translation>Đánh dấu &amp;thất bại</translation>
    </message>
    <message>
        <source>This reason needs a note.</source>
        <translation>Lý do này cần có ghi chú.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — CRM Desk</source>
        <translation>%1 — CRM Desk</translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation>&amp;Thêm khách tiềm năng…</translation>
    </message>
    <message>
        <source>Open &amp;sample data</source>
        <translation>Mở &amp;dữ liệu mẫu</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>&amp;Xóa tìm kiếm và bộ lọc</translation>
    </message>
    <message>
        <source>&amp;Open deal</source>
        <translation>&amp;Mở thương vụ</translation>
    </message>
    <message>
        <source>Move to &amp;next stage</source>
        <translation>Chuyển sang giai đoạn &amp;sau</translation>
    </message>
    <message>
        <source>Move to &amp;previous stage</source>
        <translation>Chuyển về giai đoạn t&amp;rước</translation>
    </message>
    <message>
        <source>Mark &amp;won…</source>
        <translation>Đánh dấu thành &amp;công…</translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation>Đánh dấu thất &amp;bại…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Lưu trữ</translation>
    </message>
    <message>
        <source>New &amp;quote…</source>
        <translation>Tạo báo &amp;giá…</translation>
    </message>
    <message>
        <source>E&amp;xport latest quote as PDF…</source>
        <translation>&amp;Xuất báo giá mới nhất ra PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint latest quote…</source>
        <translation>&amp;In báo giá mới nhất…</translation>
    </message>
    <message>
        <source>Product &amp;catalog…</source>
        <translation>&amp;Danh mục sản phẩm…</translation>
    </message>
    <message>
        <source>&amp;Company profile…</source>
        <translation>T&amp;hông tin công ty…</translation>
    </message>
    <message>
        <source>&amp;Qualification criteria…</source>
        <translation>&amp;Tiêu chí thẩm định…</translation>
    </message>
    <message>
        <source>&amp;Scoring…</source>
        <translation>&amp;Chấm điểm…</translation>
    </message>
    <message>
        <source>&amp;Pipeline…</source>
        <translation>&amp;Phễu bán hàng…</translation>
    </message>
    <message>
        <source>&amp;Nurturing plans…</source>
        <translation>&amp;Kế hoạch chăm sóc…</translation>
    </message>
    <message>
        <source>E&amp;nrol in a nurturing plan…</source>
        <translation>Đưa vào kế hoạch c&amp;hăm sóc…</translation>
    </message>
    <message>
        <source>S&amp;top nurturing</source>
        <translation>&amp;Dừng chăm sóc</translation>
    </message>
    <message>
        <source>C&amp;urrencies…</source>
        <translation>&amp;Tiền tệ…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;About CRM Desk</source>
        <translation>&amp;Giới thiệu CRM Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Order %1 by</source>
        <translation>Sắp xếp cột %1 theo</translation>
    </message>
    <message>
        <source>&amp;Deal</source>
        <translation>Thương &amp;vụ</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>%1 imported deal</source>
        <translation>%1 thương vụ vừa nhập</translation>
    </message>
    <message>
        <source>%1 imported deals</source>
        <translation>%1 thương vụ vừa nhập</translation>
    </message>
    <message>
        <source>Imported %1 deal from %2.</source>
        <translation>Đã nhập %1 thương vụ từ %2.</translation>
    </message>
    <message>
        <source>Imported %1 deals from %2.</source>
        <translation>Đã nhập %1 thương vụ từ %2.</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Báo giá mới</translation>
    </message>
    <message>
        <source>“%1” is not an opportunity yet. Make a quote anyway?</source>
        <translation>“%1” chưa phải là cơ hội bán hàng. Vẫn tạo báo giá?</translation>
    </message>
    <message>
        <source>This deal has no quote yet.</source>
        <translation>Thương vụ này chưa có báo giá.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Archived %1 deal. Ctrl+Z brings it back.</source>
        <translation>Đã lưu trữ %1 thương vụ. Bấm Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
        <source>Archived %1 deals. Ctrl+Z brings them back.</source>
        <translation>Đã lưu trữ %1 thương vụ. Bấm Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
        <source>Undid: %1</source>
        <translation>Đã hoàn tác: %1</translation>
    </message>
    <message>
        <source>Redid: %1</source>
        <translation>Đã làm lại: %1</translation>
    </message>
    <message>
        <source>%1 — sample data — CRM Desk</source>
        <translation>%1 — dữ liệu mẫu — CRM Desk</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>You are looking at the sample data: nothing here is yours.</source>
        <translation>Bạn đang xem dữ liệu mẫu: không có gì ở đây là của bạn.</translation>
    </message>
    <message>
        <source>Back to my file</source>
        <translation>Về tệp của tôi</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Phân tích</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Hoàn tác %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Làm lại %1</translation>
    </message>
    <message>
        <source>%1 — Ctrl+Z to undo</source>
        <translation>%1 — Ctrl+Z để hoàn tác</translation>
    </message>
    <message>
        <source>CRM Desk</source>
        <translation>CRM Desk</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Phím mũi tên</translation>
    </message>
    <message>
        <source>Move between cards and columns</source>
        <translation>Di chuyển giữa các thẻ và các cột</translation>
    </message>
    <message>
        <source>Open the deal</source>
        <translation>Mở thương vụ</translation>
    </message>
    <message>
        <source>Move the card one stage (same gates)</source>
        <translation>Chuyển thẻ tới hoặc lùi một giai đoạn (vẫn qua bước kiểm tra)</translation>
    </message>
    <message>
        <source>Archive the card</source>
        <translation>Lưu trữ thẻ</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>Hoàn tác / làm lại</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Khách tiềm năng mới</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>About CRM Desk</source>
        <translation>Giới thiệu CRM Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;CRM Desk %1&lt;/b&gt;&lt;p&gt;Your leads, prospects and opportunities in one local file, for small businesses.&lt;/p&gt;</source>
        <translation>&lt;b&gt;CRM Desk %1&lt;/b&gt;&lt;p&gt;Khách tiềm năng, khách triển vọng và cơ hội bán hàng của bạn trong một tệp trên máy, dành cho doanh nghiệp nhỏ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re-scoring deals… %1 %</source>
        <translation>Đang tính lại điểm thương vụ… %1 %</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>— leave out —</source>
        <translation>— không nhập —</translation>
    </message>
    <message>
        <source>Which column is what</source>
        <translation>Cột nào chứa gì</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>T&amp;rang tính:</translation>
    </message>
    <message>
        <source>CRM Desk guessed what %1 column holds from its name (about %2 rows). Check the choice above each column; columns left out are not imported. Each row becomes a lead.</source>
        <translation>CRM Desk đã đoán nội dung của %1 cột theo tên cột (khoảng %2 dòng). Hãy kiểm tra lựa chọn phía trên mỗi cột; các cột bị bỏ ra sẽ không được nhập. Mỗi dòng trở thành một khách tiềm năng.</translation>
    </message>
    <message>
        <source>CRM Desk guessed what %1 columns hold from their names (about %2 rows). Check the choice above each column; columns left out are not imported. Each row becomes a lead.</source>
        <translation>CRM Desk đã đoán nội dung của %1 cột theo tên cột (khoảng %2 dòng). Hãy kiểm tra lựa chọn phía trên mỗi cột; các cột bị bỏ ra sẽ không được nhập. Mỗi dòng trở thành một khách tiềm năng.</translation>
    </message>
    <message>
        <source>Recognized as a %1 (about %2 rows). Check the choice above each column; change any that is wrong.</source>
        <translation>Đã nhận diện mẫu định dạng: %1 (khoảng %2 dòng). Hãy kiểm tra lựa chọn phía trên mỗi cột và sửa lựa chọn nào chưa đúng.</translation>
    </message>
    <message>
        <source>CRM Desk does not know this file&apos;s format (about %1 rows). Choose above each column what it holds; columns left out are not imported. Each row becomes a lead.</source>
        <translation>CRM Desk không nhận ra định dạng của tệp này (khoảng %1 dòng). Chọn phía trên mỗi cột xem cột đó chứa gì; cột nào không chọn sẽ không được nhập. Mỗi dòng trở thành một khách tiềm năng.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Trường cho cột %1</translation>
    </message>
    <message>
        <source>“%1” is chosen for more than one column; keep it for one.</source>
        <translation>“%1” đang được chọn cho nhiều cột; chỉ giữ lại ở một cột.</translation>
    </message>
    <message>
        <source>Choose which column holds the deal title, the organization or the contact&apos;s name: each row needs one of them.</source>
        <translation>Chọn cột chứa tiêu đề thương vụ, tên công ty hoặc tên người liên hệ: mỗi dòng cần có ít nhất một trong số đó.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>Vai trò quyết định</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Ngành nghề</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Quy mô</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>trùng email</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>trùng số điện thoại</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>trùng tên</translation>
    </message>
    <message>
        <source>same tax code</source>
        <translation>trùng mã số thuế</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Tìm trùng lặp</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Không tìm thấy bản ghi trùng lặp.</translation>
    </message>
    <message>
        <source>&amp;Keep the other one</source>
        <translation>&amp;Giữ bản ghi kia</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Kept record</source>
        <translation>Bản ghi được giữ</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Bản ghi kia</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>Sau khi gộp</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Gộ&amp;p</translation>
    </message>
    <message>
        <source>Click a value to keep it; an empty field is filled from the other record, notes are joined, emails and phones are pooled.</source>
        <translation>Bấm vào một giá trị để giữ nó; trường trống được điền từ bản ghi kia, ghi chú được nối lại, email và số điện thoại được gộp chung.</translation>
    </message>
    <message>
        <source>Keep “%1”; “%2” is merged into it and archived.</source>
        <translation>Giữ “%1”; “%2” được gộp vào và lưu trữ.</translation>
    </message>
    <message>
        <source>Moves %1 deal(s), %2 quote(s) and %3 activity(ies) to the kept record.</source>
        <translation>Chuyển %1 thương vụ, %2 báo giá và %3 hoạt động sang bản ghi được giữ.</translation>
    </message>
    <message>
        <source> %1 person(s) move with them.</source>
        <translation> %1 người liên hệ cũng được chuyển theo.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Lead</source>
        <translation>Khách tiềm năng</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Khách triển vọng</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Cơ hội bán hàng</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Thành công</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Lead → Prospect</source>
        <translation>Khách tiềm năng → Khách triển vọng</translation>
    </message>
    <message>
        <source>Prospect → Opportunity</source>
        <translation>Khách triển vọng → Cơ hội bán hàng</translation>
    </message>
    <message>
        <source>“{title}” cannot pass the {gate} gate: these required criteria are not met: {criteria}. Tick them with evidence, or give an override reason.</source>
        <translation>“{title}” chưa qua được bước kiểm tra {gate}: các tiêu chí bắt buộc sau chưa đạt: {criteria}. Hãy đánh dấu các tiêu chí đó kèm căn cứ, hoặc nhập lý do bỏ qua.</translation>
    </message>
    <message>
        <source>{what} cannot be empty.</source>
        <translation>{what} không được để trống.</translation>
    </message>
    <message>
        <source>{what} is too long (at most {max_len} characters).</source>
        <translation>{what} quá dài (tối đa {max_len} ký tự).</translation>
    </message>
    <message>
        <source>An email address is at most {max_len} characters long.</source>
        <translation>Địa chỉ email dài tối đa {max_len} ký tự.</translation>
    </message>
    <message>
        <source>“{text}” is not an email address.</source>
        <translation>“{text}” không phải là địa chỉ email.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>“{text}” không phải là số điện thoại.</translation>
    </message>
    <message>
        <source>A probability must be a whole number from 0 to 100.</source>
        <translation>Xác suất phải là số nguyên từ 0 đến 100.</translation>
    </message>
    <message>
        <source>{what} must be a whole number above zero.</source>
        <translation>{what} phải là số nguyên lớn hơn 0.</translation>
    </message>
    <message>
        <source>{what} can be at most {max:,}.</source>
        <translation>{what} tối đa là {max:,}.</translation>
    </message>
    <message>
        <source>{table} row {row} refers to a missing {parent}</source>
        <translation>Dòng {row} của bảng {table} tham chiếu đến {parent} không tồn tại</translation>
    </message>
    <message>
        <source>The kept total of {stage} in {currency} says {count} deals worth {value}; the deals add up to {real_count} worth {real_value}</source>
        <translation>Tổng đã lưu của {stage} bằng {currency} ghi {count} thương vụ trị giá {value}; cộng lại các thương vụ thì được {real_count} thương vụ trị giá {real_value}</translation>
    </message>
    <message>
        <source>This change cannot be undone: {change}.</source>
        <translation>Không thể hoàn tác thay đổi này: {change}.</translation>
    </message>
    <message>
        <source>This change cannot be undone because the record was changed since; the data is left as it is.</source>
        <translation>Không thể hoàn tác thay đổi này vì bản ghi đã bị sửa sau đó; dữ liệu được giữ nguyên.</translation>
    </message>
    <message>
        <source>“{code}” is not a currency CRM Desk knows; use one of {known}.</source>
        <translation>“{code}” không phải là loại tiền tệ mà CRM Desk hỗ trợ; hãy dùng một trong các loại {known}.</translation>
    </message>
    <message>
        <source>An amount must be a whole number of the currency&apos;s smallest unit.</source>
        <translation>Số tiền phải là số nguyên tính theo đơn vị nhỏ nhất của loại tiền tệ.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Số tiền không được âm.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount.</source>
        <translation>“{text}” không phải là số tiền.</translation>
    </message>
    <message>
        <source>“{text}” is not a quantity.</source>
        <translation>“{text}” không phải là số lượng hợp lệ.</translation>
    </message>
    <message>
        <source>A quantity must be greater than zero.</source>
        <translation>Số lượng phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>A quantity can have at most three decimals.</source>
        <translation>Số lượng chỉ được có tối đa ba chữ số thập phân.</translation>
    </message>
    <message>
        <source>Enter an amount, e.g. 1.250.000.</source>
        <translation>Nhập số tiền, ví dụ: 1.250.000.</translation>
    </message>
    <message>
        <source>{currency} amounts have no decimals.</source>
        <translation>Số tiền {currency} không có phần thập phân.</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {places} decimals.</source>
        <translation>Số tiền {currency} có tối đa {places} chữ số thập phân.</translation>
    </message>
    <message>
        <source>A quantity can be at most 1,000,000,000.</source>
        <translation>Số lượng tối đa là 1.000.000.000.</translation>
    </message>
    <message>
        <source>A unit price cannot be negative.</source>
        <translation>Đơn giá không được âm.</translation>
    </message>
    <message>
        <source>That unit price is too large to keep.</source>
        <translation>Đơn giá này quá lớn, không thể lưu.</translation>
    </message>
    <message>
        <source>A discount must be between 0 % and 100 %.</source>
        <translation>Chiết khấu phải nằm trong khoảng từ 0 % đến 100 %.</translation>
    </message>
    <message>
        <source>VAT must be 0 %, 5 %, 8 % or 10 %.</source>
        <translation>Thuế GTGT phải là 0 %, 5 %, 8 % hoặc 10 %.</translation>
    </message>
    <message>
        <source>The line comes to more than can be kept; lower the quantity or price.</source>
        <translation>Thành tiền của dòng vượt mức có thể lưu; hãy giảm số lượng hoặc đơn giá.</translation>
    </message>
    <message>
        <source>The quote comes to more than can be kept; split it into several.</source>
        <translation>Tổng báo giá vượt mức có thể lưu; hãy tách thành nhiều báo giá.</translation>
    </message>
    <message>
        <source>call</source>
        <translation>cuộc gọi</translation>
    </message>
    <message>
        <source>email</source>
        <translation>thư điện tử</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>cuộc họp</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>task</source>
        <translation>công việc</translation>
    </message>
    <message>
        <source>newsletter</source>
        <translation>bản tin</translation>
    </message>
    <message>
        <source>case study</source>
        <translation>câu chuyện khách hàng</translation>
    </message>
    <message>
        <source>website visit</source>
        <translation>lượt truy cập trang web</translation>
    </message>
    <message>
        <source>pricing visit</source>
        <translation>lượt xem trang bảng giá</translation>
    </message>
    <message>
        <source>content download</source>
        <translation>lượt tải tài liệu</translation>
    </message>
    <message>
        <source>newsletter signup</source>
        <translation>lượt đăng ký nhận bản tin</translation>
    </message>
    <message>
        <source>webinar attended</source>
        <translation>lượt tham dự hội thảo trực tuyến</translation>
    </message>
    <message>
        <source>email reply</source>
        <translation>email trả lời</translation>
    </message>
    <message>
        <source>inquiry</source>
        <translation>lượt hỏi thông tin</translation>
    </message>
    <message>
        <source>demo request</source>
        <translation>yêu cầu demo</translation>
    </message>
    <message>
        <source>quote request</source>
        <translation>yêu cầu báo giá</translation>
    </message>
    <message>
        <source>decision maker</source>
        <translation>người quyết định</translation>
    </message>
    <message>
        <source>influencer</source>
        <translation>người có ảnh hưởng</translation>
    </message>
    <message>
        <source>user</source>
        <translation>người sử dụng</translation>
    </message>
    <message>
        <source>role not recorded</source>
        <translation>chưa ghi vai trò</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>lạnh</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>ấm</translation>
    </message>
    <message>
        <source>hot</source>
        <translation>nóng</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of activity; use one of {kinds}.</source>
        <translation>“{value}” không phải là loại hoạt động; hãy dùng một trong các loại: {kinds}.</translation>
    </message>
    <message>
        <source>A time must say its time zone.</source>
        <translation>Thời gian phải kèm theo múi giờ.</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Log {kind} on deal {id}</source>
        <translation>Ghi nhận {kind} cho thương vụ {id}</translation>
    </message>
    <message>
        <source>A {kind} cannot be scheduled.</source>
        <translation>Không thể lên lịch {kind}.</translation>
    </message>
    <message>
        <source>A follow-up needs a due date.</source>
        <translation>Việc tiếp theo cần có ngày đến hạn.</translation>
    </message>
    <message>
        <source>Schedule “{subject}”</source>
        <translation>Lên lịch “{subject}”</translation>
    </message>
    <message>
        <source>“{subject}” is already done.</source>
        <translation>“{subject}” đã được đánh dấu là xong.</translation>
    </message>
    <message>
        <source>Mark activity done</source>
        <translation>Đánh dấu hoạt động đã xong</translation>
    </message>
    <message>
        <source>A page holds 1 to {max} cards from offset 0 on.</source>
        <translation>Mỗi trang chứa từ 1 đến {max} thẻ, vị trí bắt đầu (offset) từ 0 trở lên.</translation>
    </message>
    <message>
        <source>A SKU</source>
        <translation>Mã hàng</translation>
    </message>
    <message>
        <source>A product&apos;s name</source>
        <translation>Tên sản phẩm</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>A unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Add product “{name}”</source>
        <translation>Thêm sản phẩm “{name}”</translation>
    </message>
    <message>
        <source>Another product already has the SKU “{sku}”.</source>
        <translation>Đã có sản phẩm khác dùng mã hàng “{sku}”.</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Sửa sản phẩm</translation>
    </message>
    <message>
        <source>Archive product</source>
        <translation>Lưu trữ sản phẩm</translation>
    </message>
    <message>
        <source>Restore product</source>
        <translation>Khôi phục sản phẩm</translation>
    </message>
    <message>
        <source>There is no product {id}.</source>
        <translation>Không tìm thấy sản phẩm số {id}.</translation>
    </message>
    <message>
        <source>A criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>There is no criterion {id}.</source>
        <translation>Không tìm thấy tiêu chí số {id}.</translation>
    </message>
    <message>
        <source>Add criterion “{label}”</source>
        <translation>Thêm tiêu chí “{label}”</translation>
    </message>
    <message>
        <source>Rename criterion to “{label}”</source>
        <translation>Đổi tên tiêu chí thành “{label}”</translation>
    </message>
    <message>
        <source>Make criterion required</source>
        <translation>Đặt tiêu chí thành bắt buộc</translation>
    </message>
    <message>
        <source>Make criterion optional</source>
        <translation>Đặt tiêu chí thành không bắt buộc</translation>
    </message>
    <message>
        <source>Restore criterion</source>
        <translation>Dùng lại tiêu chí</translation>
    </message>
    <message>
        <source>Retire criterion</source>
        <translation>Ngừng dùng tiêu chí</translation>
    </message>
    <message>
        <source>“{label}” has been answered for {count} deal(s): retire it instead, so those answers stay in the deals&apos; history.</source>
        <translation>“{label}” đã được trả lời cho {count} thương vụ: hãy ngừng dùng tiêu chí này thay vì xóa, để các câu trả lời đó vẫn được giữ trong lịch sử thương vụ.</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Xóa tiêu chí</translation>
    </message>
    <message>
        <source>Reorder every criterion of the gate, each once.</source>
        <translation>Hãy sắp xếp lại tất cả tiêu chí của bước kiểm tra, mỗi tiêu chí đúng một lần.</translation>
    </message>
    <message>
        <source>Reorder criteria</source>
        <translation>Sắp xếp lại tiêu chí</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD).</source>
        <translation>“{value}” không phải là ngày hợp lệ (hãy dùng dạng YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>“{value}” is not a sub-stage; use one of {names}.</source>
        <translation>“{value}” không phải là giai đoạn con; hãy dùng một trong các giá trị: {names}.</translation>
    </message>
    <message>
        <source>A deal&apos;s title</source>
        <translation>Tiêu đề thương vụ</translation>
    </message>
    <message>
        <source>The source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>What they are interested in</source>
        <translation>Nhu cầu</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>An email or a phone needs the contact&apos;s name.</source>
        <translation>Email hoặc điện thoại cần có tên người liên hệ.</translation>
    </message>
    <message>
        <source>Only an opportunity has a sub-stage.</source>
        <translation>Chỉ cơ hội bán hàng mới có giai đoạn con.</translation>
    </message>
    <message>
        <source>Only an opportunity has a win probability.</source>
        <translation>Chỉ cơ hội bán hàng mới có xác suất thành công.</translation>
    </message>
    <message>
        <source>A new deal cannot start as lost.</source>
        <translation>Thương vụ mới không thể bắt đầu ở giai đoạn Thất bại.</translation>
    </message>
    <message>
        <source>Add deal “{title}”</source>
        <translation>Thêm thương vụ “{title}”</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Sửa “{title}”</translation>
    </message>
    <message>
        <source>Choose at least one deal.</source>
        <translation>Hãy chọn ít nhất một thương vụ.</translation>
    </message>
    <message>
        <source>Archive {count} deals</source>
        <translation>Lưu trữ {count} thương vụ</translation>
    </message>
    <message>
        <source>Restore {count} deals</source>
        <translation>Khôi phục {count} thương vụ</translation>
    </message>
    <message>
        <source>Archive “{title}”</source>
        <translation>Lưu trữ “{title}”</translation>
    </message>
    <message>
        <source>Restore “{title}”</source>
        <translation>Khôi phục “{title}”</translation>
    </message>
    <message>
        <source>Choose from 1 to {max:,} demo deals.</source>
        <translation>Hãy chọn từ 1 đến {max:,} thương vụ mẫu.</translation>
    </message>
    <message>
        <source>The demo needs the current time with its time zone.</source>
        <translation>Dữ liệu mẫu cần thời điểm hiện tại kèm theo múi giờ.</translation>
    </message>
    <message>
        <source>This database already holds 1 deal; demo data goes into an empty database.</source>
        <translation>Cơ sở dữ liệu này đã có 1 thương vụ; dữ liệu mẫu chỉ được tạo trong cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>This database already holds {count:,} deals; demo data goes into an empty database.</source>
        <translation>Cơ sở dữ liệu này đã có {count:,} thương vụ; dữ liệu mẫu chỉ được tạo trong cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>Export one of {names}, not “{what}”.</source>
        <translation>Hãy xuất một trong các bảng {names}, không phải “{what}”.</translation>
    </message>
    <message>
        <source>Export to a .csv or an .xlsx file.</source>
        <translation>Hãy xuất ra tệp .csv hoặc .xlsx.</translation>
    </message>
    <message>
        <source>{count:,} row</source>
        <translation>{count:,} dòng</translation>
    </message>
    <message>
        <source>{count:,} rows</source>
        <translation>{count:,} dòng</translation>
    </message>
    <message>
        <source>{count:,} deal</source>
        <translation>{count:,} thương vụ</translation>
    </message>
    <message>
        <source>{count:,} deals</source>
        <translation>{count:,} thương vụ</translation>
    </message>
    <message>
        <source>{count:,} new organization</source>
        <translation>{count:,} công ty mới</translation>
    </message>
    <message>
        <source>{count:,} new organizations</source>
        <translation>{count:,} công ty mới</translation>
    </message>
    <message>
        <source>{count:,} new contact</source>
        <translation>{count:,} người liên hệ mới</translation>
    </message>
    <message>
        <source>{count:,} new contacts</source>
        <translation>{count:,} người liên hệ mới</translation>
    </message>
    <message>
        <source>Would import {deals}, {organizations} and {contacts}; {merged} merged into existing records; {skipped} skipped; {updated} updated.</source>
        <translation>Sẽ nhập {deals}, {organizations} và {contacts}; {merged} được gộp vào bản ghi đã có; {skipped} bị bỏ qua; {updated} được cập nhật.</translation>
    </message>
    <message>
        <source>Imported {deals}, {organizations} and {contacts}; {merged} merged into existing records; {skipped} skipped; {updated} updated.</source>
        <translation>Đã nhập {deals}, {organizations} và {contacts}; {merged} được gộp vào bản ghi đã có; {skipped} bị bỏ qua; {updated} được cập nhật.</translation>
    </message>
    <message>
        <source>{file} ({preset}): {rows} read.</source>
        <translation>{file} ({preset}): đã đọc {rows}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Lưu ý: {note}</translation>
    </message>
    <message>
        <source>Row {line}: {reason}</source>
        <translation>Dòng {line}: {reason}</translation>
    </message>
    <message>
        <source>Row {line}: {reason} The row came in without it.</source>
        <translation>Dòng {line}: {reason} Dòng này vẫn được nhập nhưng không có giá trị đó.</translation>
    </message>
    <message>
        <source>Row {line} is merged: {reason}</source>
        <translation>Dòng {line} được gộp: {reason}</translation>
    </message>
    <message>
        <source>The existing contact “{name}” (same email).</source>
        <translation>người liên hệ đã có “{name}” (cùng email).</translation>
    </message>
    <message>
        <source>The existing contact “{name}” (same phone).</source>
        <translation>người liên hệ đã có “{name}” (cùng số điện thoại).</translation>
    </message>
    <message>
        <source>The existing contact “{name}” (same name, same organization).</source>
        <translation>người liên hệ đã có “{name}” (cùng tên, cùng công ty).</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2026 could be day or month first; they were read as dd/MM/yyyy. Use --dates mdy if the month comes first.</source>
        <translation>Các ngày như 03/04/2026 có thể ghi ngày trước hoặc tháng trước; chúng đã được đọc theo dạng dd/MM/yyyy. Dùng --dates mdy nếu tháng đứng trước.</translation>
    </message>
    <message>
        <source>These stages are not CRM Desk&apos;s: {names}. Say where each goes, e.g. --stage &quot;{first}=prospect&quot;.</source>
        <translation>CRM Desk không có các giai đoạn sau: {names}. Hãy cho biết mỗi giai đoạn ứng với giai đoạn nào, ví dụ: --stage &quot;{first}=prospect&quot;.</translation>
    </message>
    <message>
        <source>The row has {fields} fields where the header has {width} columns: check for an extra delimiter or a stray quote.</source>
        <translation>Dòng có {fields} trường trong khi dòng tiêu đề có {width} cột: hãy kiểm tra dấu phân cách thừa hoặc dấu ngoặc kép lạc.</translation>
    </message>
    <message>
        <source>The row has {fields} fields where the header has 1 column: check for an extra delimiter or a stray quote.</source>
        <translation>Dòng có {fields} trường trong khi dòng tiêu đề chỉ có 1 cột: hãy kiểm tra dấu phân cách thừa hoặc dấu ngoặc kép lạc.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Đã hủy nhập dữ liệu; chưa có gì được ghi.</translation>
    </message>
    <message>
        <source>{file} has a header row but no data rows.</source>
        <translation>{file} có dòng tiêu đề nhưng không có dòng dữ liệu nào.</translation>
    </message>
    <message>
        <source>The row has no deal title, organization or contact name.</source>
        <translation>Dòng này không có tiêu đề thương vụ, tên công ty hay tên người liên hệ.</translation>
    </message>
    <message>
        <source>Linked to the existing organization “{name}”.</source>
        <translation>gắn với công ty đã có “{name}”.</translation>
    </message>
    <message>
        <source>Matches an existing organization or contact (skipped: --duplicates skip).</source>
        <translation>Trùng với công ty hoặc người liên hệ đã có (bỏ qua theo --duplicates skip).</translation>
    </message>
    <message>
        <source>The first row of {file} looks like data, not column names (“{cell}”): import it with --no-header (its columns are then Column 1, Column 2…), or with --header if it does name the columns.</source>
        <translation>Dòng đầu tiên của {file} trông giống dữ liệu chứ không phải tên cột (“{cell}”): hãy nhập với --no-header (khi đó các cột là Column 1, Column 2…), hoặc với --header nếu đó đúng là tên cột.</translation>
    </message>
    <message>
        <source>Each row needs a name: the file has no column for a person&apos;s name, an organization or a deal title (its columns are {columns}). Map one, e.g. --map &quot;{first}=contact.full_name&quot;.</source>
        <translation>Mỗi dòng cần có một tên: tệp không có cột nào cho tên người, tên công ty hay tiêu đề thương vụ (các cột của tệp là {columns}). Hãy gán một cột, ví dụ --map &quot;{first}=contact.full_name&quot;.</translation>
    </message>
    <message>
        <source>Which column is what? The file&apos;s columns are {columns}; choose a preset or map them, e.g. --map &quot;Name=deal.title&quot; --map &quot;Company=org.name&quot;.</source>
        <translation>Cột nào chứa gì? Các cột của tệp là {columns}; hãy chọn một mẫu định dạng hoặc tự gán trường cho từng cột, ví dụ: --map &quot;Name=deal.title&quot; --map &quot;Company=org.name&quot;.</translation>
    </message>
    <message>
        <source>There is no preset “{name}”; use one of {names}.</source>
        <translation>Không có mẫu định dạng “{name}”; hãy dùng một trong các mẫu: {names}.</translation>
    </message>
    <message>
        <source>“{field}” is not a field; use one of {names} or ignore.</source>
        <translation>“{field}” không phải là trường hợp lệ; hãy dùng một trong các trường {names}, hoặc ignore để bỏ qua cột.</translation>
    </message>
    <message>
        <source>The file has no column “{column}”.</source>
        <translation>Tệp không có cột “{column}”.</translation>
    </message>
    <message>
        <source>CRM Desk cannot tell which encoding this file is in. Choose the one whose first line reads right and name it with --encoding: {candidates}.</source>
        <translation>CRM Desk không xác định được bảng mã của tệp này. Hãy chọn bảng mã mà ở đó dòng đầu của tệp đọc đúng và ghi rõ bằng --encoding: {candidates}.</translation>
    </message>
    <message>
        <source>This is not a text file (it contains binary data): choose a CSV or .xlsx file.</source>
        <translation>Đây không phải là tệp văn bản (tệp chứa dữ liệu nhị phân): hãy chọn tệp CSV hoặc .xlsx.</translation>
    </message>
    <message>
        <source>CRM Desk cannot tell which encoding this file is in; save it again as UTF-8 (in Excel: CSV UTF-8), or name it with --encoding.</source>
        <translation>CRM Desk không xác định được bảng mã của tệp này; hãy lưu lại tệp dưới dạng UTF-8 (trong Excel: CSV UTF-8), hoặc ghi rõ bảng mã bằng --encoding.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Không tìm thấy tệp {path}.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>Tệp {file} trống.</translation>
    </message>
    <message>
        <source>{file} has no header row.</source>
        <translation>Tệp {file} không có dòng tiêu đề.</translation>
    </message>
    <message>
        <source>{file} has an empty header row.</source>
        <translation>Dòng tiêu đề của tệp {file} trống.</translation>
    </message>
    <message>
        <source>“{encoding}” is not an encoding CRM Desk knows.</source>
        <translation>“{encoding}” không phải là bảng mã CRM Desk biết.</translation>
    </message>
    <message>
        <source>The file cannot be read near line {line}: {error} (a quote that is never closed, or a stray quote inside a field).</source>
        <translation>Không đọc được tệp ở gần dòng {line}: {error} (có dấu ngoặc kép không được đóng, hoặc dấu ngoặc kép bị lạc trong một trường).</translation>
    </message>
    <message>
        <source>The file is not valid {encoding} text near byte {byte}: save it again as UTF-8 (CSV UTF-8 in Excel).</source>
        <translation>Tệp không phải là văn bản {encoding} hợp lệ ở gần byte {byte}: hãy lưu lại dưới dạng UTF-8 (CSV UTF-8 trong Excel).</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>ký tự tab</translation>
    </message>
    <message>
        <source>{file} is not a readable .xlsx workbook.</source>
        <translation>Không đọc được {file} dưới dạng bảng tính .xlsx.</translation>
    </message>
    <message>
        <source>{file} has no sheet “{sheet}”.</source>
        <translation>{file} không có trang tính “{sheet}”.</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>“{text}” không phải là ngày hợp lệ.</translation>
    </message>
    <message>
        <source>{file} is not a complete CRM Desk export: {error}.</source>
        <translation>{file} không phải là tệp xuất đầy đủ của CRM Desk: {error}.</translation>
    </message>
    <message>
        <source>Activity for deal {deal}, not in the file.</source>
        <translation>Hoạt động thuộc thương vụ {deal}, nhưng thương vụ này không có trong tệp.</translation>
    </message>
    <message>
        <source>{file} holds no deals, contacts or organizations.</source>
        <translation>{file} không chứa thương vụ, người liên hệ hay công ty nào.</translation>
    </message>
    <message>
        <source>“{value}” is not a decision role; use one of {roles}.</source>
        <translation>“{value}” không phải là vai trò trong quyết định mua; hãy dùng một trong các giá trị: {roles}.</translation>
    </message>
    <message>
        <source>An organization&apos;s name</source>
        <translation>Tên công ty</translation>
    </message>
    <message>
        <source>The amount would take the total of its column past what CRM Desk adds up exactly (4,611,686,018,427,387,904 of the currency&apos;s smallest unit).</source>
        <translation>Số tiền này sẽ làm tổng của cột vượt quá mức CRM Desk cộng được chính xác (4.611.686.018.427.387.904 đơn vị nhỏ nhất của loại tiền).</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>Ngành nghề</translation>
    </message>
    <message>
        <source>The other phone numbers ({numbers}) are left out.</source>
        <translation>Các số điện thoại còn lại ({numbers}) không được nhập.</translation>
    </message>
    <message>
        <source>The company size</source>
        <translation>Quy mô công ty</translation>
    </message>
    <message>
        <source>Updated the existing deal.</source>
        <translation>Đã cập nhật thương vụ đã có.</translation>
    </message>
    <message>
        <source>The deal is already in CRM Desk (same record id); skipped.</source>
        <translation>Thương vụ đã có trong CRM Desk (cùng mã bản ghi); đã bỏ qua.</translation>
    </message>
    <message>
        <source>The deal is already in CRM Desk (same title, organization and value); skipped.</source>
        <translation>Thương vụ đã có trong CRM Desk (cùng tiêu đề, công ty và giá trị); đã bỏ qua.</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>The tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>The website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>A contact&apos;s name</source>
        <translation>Tên người liên hệ</translation>
    </message>
    <message>
        <source>The job title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Unknown field(s): {names}.</source>
        <translation>Trường không xác định: {names}.</translation>
    </message>
    <message>
        <source>Add organization “{name}”</source>
        <translation>Thêm công ty “{name}”</translation>
    </message>
    <message>
        <source>Edit organization</source>
        <translation>Sửa công ty</translation>
    </message>
    <message>
        <source>Archive organization “{name}”</source>
        <translation>Lưu trữ công ty “{name}”</translation>
    </message>
    <message>
        <source>Restore organization “{name}”</source>
        <translation>Khôi phục công ty “{name}”</translation>
    </message>
    <message>
        <source>Archive contact “{name}”</source>
        <translation>Lưu trữ người liên hệ “{name}”</translation>
    </message>
    <message>
        <source>Restore contact “{name}”</source>
        <translation>Khôi phục người liên hệ “{name}”</translation>
    </message>
    <message>
        <source>Add contact “{name}”</source>
        <translation>Thêm người liên hệ “{name}”</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Sửa người liên hệ</translation>
    </message>
    <message>
        <source>The override reason</source>
        <translation>Lý do bỏ qua</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>The note on the lost reason</source>
        <translation>Ghi chú cho lý do thất bại</translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Choose at least one deal to move.</source>
        <translation>Hãy chọn ít nhất một thương vụ để chuyển.</translation>
    </message>
    <message>
        <source>“{value}” is not a stage; use one of {names}.</source>
        <translation>“{value}” không phải là giai đoạn; hãy dùng một trong các giá trị: {names}.</translation>
    </message>
    <message>
        <source>There is no criterion called {keys}.</source>
        <translation>Không có tiêu chí nào mang tên {keys}.</translation>
    </message>
    <message>
        <source>Moving “{title}” back to {stage} needs a short reason.</source>
        <translation>Cần nhập lý do ngắn gọn để chuyển lùi “{title}” về {stage}.</translation>
    </message>
    <message>
        <source>Move “{title}” to {stage}</source>
        <translation>Chuyển “{title}” sang {stage}</translation>
    </message>
    <message>
        <source>Move {count} deals to {stage}</source>
        <translation>Chuyển {count} thương vụ sang {stage}</translation>
    </message>
    <message>
        <source>Marking a deal lost needs a reason from the list.</source>
        <translation>Cần chọn một lý do trong danh sách để đánh dấu thương vụ thất bại.</translation>
    </message>
    <message>
        <source>“{key}” is not a lost reason; use one of {names}.</source>
        <translation>“{key}” không phải là lý do thất bại; hãy dùng một trong các giá trị: {names}.</translation>
    </message>
    <message>
        <source>The lost reason “{label}” needs a note.</source>
        <translation>Lý do thất bại “{label}” cần có ghi chú.</translation>
    </message>
    <message>
        <source>A card can only be placed next to a card of the same column.</source>
        <translation>Chỉ có thể đặt thẻ cạnh một thẻ trong cùng cột.</translation>
    </message>
    <message>
        <source>A card cannot be placed next to itself.</source>
        <translation>Không thể đặt thẻ cạnh chính nó.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>nháp</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>đã chấp nhận</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>Other users are creating quotes at the same moment; try again.</source>
        <translation>Người khác đang tạo báo giá cùng lúc; hãy thử lại.</translation>
    </message>
    <message>
        <source>A quote has at most {max} lines; make two quotes.</source>
        <translation>Một báo giá có tối đa {max} dòng; hãy lập hai báo giá.</translation>
    </message>
    <message>
        <source>Line {n} needs a description.</source>
        <translation>Dòng {n} cần có mô tả.</translation>
    </message>
    <message>
        <source>A description has at most {max} characters; this one {count}.</source>
        <translation>Mô tả có tối đa {max} ký tự; mô tả này có {count}.</translation>
    </message>
    <message>
        <source>A unit has at most {max} characters.</source>
        <translation>Đơn vị tính có tối đa {max} ký tự.</translation>
    </message>
    <message>
        <source>Line {n}: {error}</source>
        <translation>Dòng {n}: {error}</translation>
    </message>
    <message>
        <source>There is no quote {number}.</source>
        <translation>Không tìm thấy báo giá {number}.</translation>
    </message>
    <message>
        <source>A quote is in Vietnamese (vi) or English (en).</source>
        <translation>Báo giá chỉ có thể bằng tiếng Việt (vi) hoặc tiếng Anh (en).</translation>
    </message>
    <message>
        <source>Create quote {number}</source>
        <translation>Tạo báo giá {number}</translation>
    </message>
    <message>
        <source>Quote {number} was {status}: make a new quote instead.</source>
        <translation>Báo giá {number} đang ở trạng thái {status}, không sửa được nữa: hãy tạo báo giá mới.</translation>
    </message>
    <message>
        <source>A quote cannot expire before it is issued.</source>
        <translation>Ngày hết hiệu lực của báo giá không được trước ngày lập.</translation>
    </message>
    <message>
        <source>Edit quote {number} (revision {revision})</source>
        <translation>Sửa báo giá {number} (lần sửa {revision})</translation>
    </message>
    <message>
        <source>Quote {number} is {status}; it cannot become {target}.</source>
        <translation>Báo giá {number} đang ở trạng thái {status}; không thể chuyển sang trạng thái {target}.</translation>
    </message>
    <message>
        <source>A quote needs at least one line to be sent.</source>
        <translation>Báo giá phải có ít nhất một dòng thì mới gửi được.</translation>
    </message>
    <message>
        <source>A revision is a number from 1 up.</source>
        <translation>Lần sửa là một số từ 1 trở lên.</translation>
    </message>
    <message>
        <source>Send quote {number}</source>
        <translation>Gửi báo giá {number}</translation>
    </message>
    <message>
        <source>Accept quote {number}</source>
        <translation>Chấp nhận báo giá {number}</translation>
    </message>
    <message>
        <source>Decline quote {number}</source>
        <translation>Từ chối báo giá {number}</translation>
    </message>
    <message>
        <source>Reopen quote {number}</source>
        <translation>Mở lại báo giá {number}</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>thương vụ</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>công ty</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>người liên hệ</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>hoạt động</translation>
    </message>
    <message>
        <source>There is no {what} number {id}.</source>
        <translation>Không tìm thấy {what} số {id}.</translation>
    </message>
    <message>
        <source>Deal {id} (“{title}”) is archived.</source>
        <translation>Thương vụ {id} (“{title}”) đã được lưu trữ.</translation>
    </message>
    <message>
        <source>Re-score {count} deals</source>
        <translation>Tính lại điểm {count} thương vụ</translation>
    </message>
    <message>
        <source>Warm must start above 0 and below hot, and hot at 100 at most.</source>
        <translation>Ngưỡng ấm phải lớn hơn 0 và nhỏ hơn ngưỡng nóng; ngưỡng nóng tối đa là 100.</translation>
    </message>
    <message>
        <source>Change temperature thresholds</source>
        <translation>Đổi ngưỡng độ nóng</translation>
    </message>
    <message>
        <source>The half-life is between 1 and 365 days.</source>
        <translation>Thời gian giảm nửa điểm phải từ 1 đến 365 ngày.</translation>
    </message>
    <message>
        <source>Change score half-life</source>
        <translation>Đổi thời gian giảm nửa điểm</translation>
    </message>
    <message>
        <source>The smallest company size is above the largest.</source>
        <translation>Quy mô công ty nhỏ nhất đang lớn hơn quy mô lớn nhất.</translation>
    </message>
    <message>
        <source>A company size cannot be negative.</source>
        <translation>Quy mô công ty không được là số âm.</translation>
    </message>
    <message>
        <source>“{domain}” is not an email domain.</source>
        <translation>“{domain}” không phải là tên miền email.</translation>
    </message>
    <message>
        <source>Change the ideal customer profile</source>
        <translation>Đổi chân dung khách hàng lý tưởng</translation>
    </message>
    <message>
        <source>A rule is worth between −100 and 100 points.</source>
        <translation>Mỗi quy tắc có giá trị từ −100 đến 100 điểm.</translation>
    </message>
    <message>
        <source>A cap is a number of points from 1 to 100.</source>
        <translation>Mức điểm tối đa phải từ 1 đến 100.</translation>
    </message>
    <message>
        <source>There is no scoring rule called “{key}”.</source>
        <translation>Không có quy tắc chấm điểm nào mang tên “{key}”.</translation>
    </message>
    <message>
        <source>Change scoring rule “{key}”</source>
        <translation>Đổi quy tắc chấm điểm “{key}”</translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation>Đã xác định nhu cầu</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Đã gửi đề xuất</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Thương lượng</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Đang chốt</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Logo phải là ảnh PNG hoặc JPEG.</translation>
    </message>
    <message>
        <source>The logo is larger than 1 MB even after scaling.</source>
        <translation>Logo vẫn lớn hơn 1 MB dù đã được thu nhỏ.</translation>
    </message>
    <message>
        <source>There is no setting called “{key}”.</source>
        <translation>Không có cài đặt nào mang tên “{key}”.</translation>
    </message>
    <message>
        <source>The setting “{key}” needs a value like {example}.</source>
        <translation>Cài đặt “{key}” cần giá trị có dạng như {example}.</translation>
    </message>
    <message>
        <source>Change setting {key}</source>
        <translation>Đổi cài đặt {key}</translation>
    </message>
    <message>
        <source>A stale limit is between 1 and 3,650 days.</source>
        <translation>Ngưỡng lâu không chăm sóc phải từ 1 đến 3.650 ngày.</translation>
    </message>
    <message>
        <source>Change stale limits</source>
        <translation>Đổi ngưỡng lâu không chăm sóc</translation>
    </message>
    <message>
        <source>A probability must be between 0 % and 100 %.</source>
        <translation>Xác suất phải từ 0 % đến 100 %.</translation>
    </message>
    <message>
        <source>Set {sub_stage} probability to {probability} %</source>
        <translation>Đặt xác suất của giai đoạn con {sub_stage} thành {probability} %</translation>
    </message>
    <message>
        <source>A lost reason</source>
        <translation>Lý do thất bại</translation>
    </message>
    <message>
        <source>Add lost reason “{label}”</source>
        <translation>Thêm lý do thất bại “{label}”</translation>
    </message>
    <message>
        <source>There is no lost reason {id}.</source>
        <translation>Không tìm thấy lý do thất bại số {id}.</translation>
    </message>
    <message>
        <source>Edit lost reason</source>
        <translation>Sửa lý do thất bại</translation>
    </message>
    <message>
        <source>Unknown setting(s): {names}.</source>
        <translation>Cài đặt không xác định: {names}.</translation>
    </message>
    <message>
        <source>A quote is valid for 1 to 365 days.</source>
        <translation>Thời hạn hiệu lực của báo giá phải từ 1 đến 365 ngày.</translation>
    </message>
    <message>
        <source>The company needs a name: it heads every quote.</source>
        <translation>Hãy nhập tên công ty: tên này được in ở đầu mọi báo giá.</translation>
    </message>
    <message>
        <source>Edit company profile</source>
        <translation>Sửa thông tin công ty</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Nhập dữ liệu từ {file}</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Không có gì để hoàn tác.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Không có gì để làm lại.</translation>
    </message>
    <message>
        <source>“{text}” is not a date like 2026-03-31.</source>
        <translation>“{text}” không phải là ngày dạng 2026-03-31.</translation>
    </message>
    <message>
        <source>“{text}” is not an exchange rate.</source>
        <translation>“{text}” không phải là tỷ giá.</translation>
    </message>
    <message>
        <source>An exchange rate is a number greater than zero.</source>
        <translation>Tỷ giá là một số lớn hơn không.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Khách tiềm năng</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Khách triển vọng</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Cơ hội bán hàng</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>khách tiềm năng</translation>
    </message>
    <message>
        <source>prospects</source>
        <translation>khách triển vọng</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>cơ hội bán hàng</translation>
    </message>
    <message>
        <source>{stage} wait a median of {days} days</source>
        <translation>{stage} chờ trung vị {days} ngày</translation>
    </message>
    <message>
        <source>{stage} wait a median of {days} days, {times} times as long as {other}</source>
        <translation>{stage} chờ trung vị {days} ngày, lâu gấp {times} lần {other}</translation>
    </message>
    <message>
        <source>{stage} wait a median of {days} days, twice as long as {other}</source>
        <translation>{stage} chờ trung vị {days} ngày, lâu gấp đôi {other}</translation>
    </message>
    <message>
        <source>{stage} wait a median of {days} days ({other}: {other_days} days)</source>
        <translation>{stage} chờ trung vị {days} ngày ({other}: {other_days} ngày)</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Giá quá cao</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Chọn đối thủ cạnh tranh</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Không có ngân sách</translation>
    </message>
    <message>
        <source>No decision / stalled</source>
        <translation>Chưa quyết định / bị đình trệ</translation>
    </message>
    <message>
        <source>Timing not right</source>
        <translation>Chưa đúng thời điểm</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Không phù hợp</translation>
    </message>
    <message>
        <source>Unresponsive</source>
        <translation>Không phản hồi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lý do khác</translation>
    </message>
    <message>
        <source>{percent} % of losses are {reason}</source>
        <translation>{percent} % số thương vụ thất bại là vì {reason}</translation>
    </message>
    <message>
        <source>{first}; {second}.</source>
        <translation>{first}; {second}.</translation>
    </message>
    <message>
        <source>{first}.</source>
        <translation>{first}.</translation>
    </message>
    <message>
        <source>Not enough history in this period to name a bottleneck yet.</source>
        <translation>Chưa đủ lịch sử trong khoảng thời gian này để chỉ ra điểm nghẽn.</translation>
    </message>
    <message>
        <source>{code} is the reporting currency: it is always worth 1 {code}.</source>
        <translation>{code} là tiền tệ báo cáo: nó luôn bằng 1 {code}.</translation>
    </message>
    <message>
        <source>Set the {code} rate from {day}</source>
        <translation>Đặt tỷ giá {code} từ ngày {day}</translation>
    </message>
    <message>
        <source>Remove the {code} rate of {day}</source>
        <translation>Xóa tỷ giá {code} ngày {day}</translation>
    </message>
    <message>
        <source>Change the report&apos;s settings</source>
        <translation>Đổi cài đặt báo cáo</translation>
    </message>
    <message>
        <source>Report in {code}</source>
        <translation>Báo cáo bằng {code}</translation>
    </message>
    <message>
        <source>Change the monthly target</source>
        <translation>Đổi mục tiêu mỗi tháng</translation>
    </message>
    <message>
        <source>Commit from {percent} %</source>
        <translation>Tính là chắc chắn từ {percent} %</translation>
    </message>
    <message>
        <source>The forecast uses “stage” or “learnt” probabilities.</source>
        <translation>Dự báo dùng xác suất “stage” (theo giai đoạn) hoặc “learnt” (học được).</translation>
    </message>
    <message>
        <source>Forecast with learnt probabilities</source>
        <translation>Dự báo bằng xác suất học được</translation>
    </message>
    <message>
        <source>Forecast with stage probabilities</source>
        <translation>Dự báo bằng xác suất theo giai đoạn</translation>
    </message>
    <message>
        <source>A monthly target is an amount of zero or more.</source>
        <translation>Mục tiêu mỗi tháng là một số tiền từ không trở lên.</translation>
    </message>
    <message>
        <source>The commit threshold is between 1 % and 100 %.</source>
        <translation>Ngưỡng chắc chắn nằm trong khoảng 1 % đến 100 %.</translation>
    </message>
    <message>
        <source>“{text}” is not a month like 2026-03.</source>
        <translation>“{text}” không phải là tháng dạng 2026-03.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Khoảng thời gian kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>That would make a column&apos;s total larger than CRM Desk adds up exactly (4,611,686,018,427,387,904 of the currency&apos;s smallest unit per stage); nothing was changed.</source>
        <translation>Thay đổi này sẽ làm tổng của một cột lớn hơn mức CRM Desk cộng được chính xác (4.611.686.018.427.387.904 đơn vị nhỏ nhất của loại tiền cho mỗi giai đoạn); không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>That amount is too large: CRM Desk keeps amounts up to 1,000,000,000,000,000 of the currency&apos;s smallest unit (đồng, cents).</source>
        <translation>Số tiền quá lớn: CRM Desk lưu số tiền tối đa 1.000.000.000.000.000 đơn vị nhỏ nhất của loại tiền (đồng, xu).</translation>
    </message>
    <message>
        <source>Another program kept the database busy for too long, so nothing was changed; try again in a moment.</source>
        <translation>Một chương trình khác giữ cơ sở dữ liệu quá lâu nên không có gì bị thay đổi; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed; free some space and try again.</source>
        <translation>Ổ đĩa đã đầy nên không có gì bị thay đổi; hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The database can only be read now (its file or folder is read-only), so nothing was changed.</source>
        <translation>Hiện chỉ đọc được cơ sở dữ liệu (tệp hoặc thư mục của nó chỉ cho phép đọc) nên không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database file is damaged; nothing was changed. Restore the latest backup (the .bak files beside it).</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng; không có gì bị thay đổi. Hãy khôi phục bản sao lưu gần nhất (các tệp .bak bên cạnh nó).</translation>
    </message>
    <message>
        <source>The disk could not be read or written, so nothing was changed; check the drive and try again.</source>
        <translation>Không đọc hoặc ghi được ổ đĩa nên không có gì bị thay đổi; hãy kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file; give the path of a file, such as {example}.</source>
        <translation>{path} là một thư mục, không phải tệp cơ sở dữ liệu; hãy đưa đường dẫn của một tệp, ví dụ {example}.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Không có cơ sở dữ liệu nào tại {path}.</translation>
    </message>
    <message>
        <source>{path} is not a regular file; CRM Desk left it as it is.</source>
        <translation>{path} không phải là một tệp thông thường; CRM Desk để nguyên nó.</translation>
    </message>
    <message>
        <source>{path} is read-only, and CRM Desk needs to write to it: make it writable, or work on a copy. Nothing was changed.</source>
        <translation>{path} chỉ cho phép đọc, mà CRM Desk cần ghi vào đó: hãy cho phép ghi, hoặc làm việc trên một bản sao. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{path} is empty: it holds no data yet.</source>
        <translation>{path} trống: chưa có dữ liệu nào.</translation>
    </message>
    <message>
        <source>{path} cannot be created ({reason}); nothing was written.</source>
        <translation>Không tạo được {path} ({reason}); không có gì được ghi.</translation>
    </message>
    <message>
        <source>CRM Desk is not allowed to read {path}; nothing was changed.</source>
        <translation>CRM Desk không được phép đọc {path}; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({reason}); nothing was written.</source>
        <translation>Không tạo được thư mục {folder} ({reason}); không có gì được ghi.</translation>
    </message>
    <message>
        <source>{folder} is not a folder, so no database can be kept in it.</source>
        <translation>{folder} không phải là thư mục nên không thể lưu cơ sở dữ liệu trong đó.</translation>
    </message>
    <message>
        <source>CRM Desk cannot write in the folder {folder}, where the database keeps its journal beside it: choose a folder you can write in. Nothing was changed.</source>
        <translation>CRM Desk không ghi được vào thư mục {folder}, nơi cơ sở dữ liệu giữ tệp nhật ký bên cạnh nó: hãy chọn một thư mục bạn có quyền ghi. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{path} is damaged (cut off or unreadable as a database), so CRM Desk left it as it is; restore a backup (the .bak files beside it) or another copy.</source>
        <translation>{path} bị hỏng (bị cắt cụt hoặc không đọc được như một cơ sở dữ liệu) nên CRM Desk để nguyên nó; hãy khôi phục một bản sao lưu (các tệp .bak bên cạnh nó) hoặc một bản sao khác.</translation>
    </message>
    <message>
        <source>{path} belongs to another program (an SQLite database without CRM Desk&apos;s tables); CRM Desk left it as it is.</source>
        <translation>{path} thuộc về một chương trình khác (một cơ sở dữ liệu SQLite không có các bảng của CRM Desk); CRM Desk để nguyên nó.</translation>
    </message>
    <message>
        <source>{path} is not a CRM Desk database (not even an SQLite file); CRM Desk left it as it is.</source>
        <translation>{path} không phải là cơ sở dữ liệu của CRM Desk (thậm chí không phải tệp SQLite); CRM Desk để nguyên nó.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of CRM Desk (its schema is {revision}), so this version left it as it is; install the newer version to open it.</source>
        <translation>{path} được tạo bởi một phiên bản CRM Desk mới hơn (lược đồ {revision}) nên phiên bản này để nguyên nó; hãy cài phiên bản mới hơn để mở.</translation>
    </message>
    <message>
        <source>The upgrade would have left {count} broken references in the database, so it was not made; the file is as it was.</source>
        <translation>Việc nâng cấp sẽ để lại {count} liên kết bị hỏng trong cơ sở dữ liệu nên đã không được thực hiện; tệp vẫn như trước.</translation>
    </message>
    <message>
        <source>“{text}” has an unmatched brace; write {{contact}} or {{organization}}.</source>
        <translation>“{text}” có dấu ngoặc nhọn không khớp; hãy viết {{contact}} hoặc {{organization}}.</translation>
    </message>
    <message>
        <source>“{text}” names an unknown placeholder; use {{contact}} or {{organization}}.</source>
        <translation>“{text}” có chỗ điền không xác định; hãy dùng {{contact}} hoặc {{organization}}.</translation>
    </message>
    <message>
        <source>A plan has from 1 to {max} touches.</source>
        <translation>Một kế hoạch có từ 1 đến {max} lượt tiếp cận.</translation>
    </message>
    <message>
        <source>Touch {number}: a plan sends a newsletter, a case study, an email, a call, a meeting or a task.</source>
        <translation>Lượt {number}: kế hoạch chỉ gồm bản tin, câu chuyện khách hàng, email, cuộc gọi, cuộc họp hoặc công việc.</translation>
    </message>
    <message>
        <source>Touch {number}: the day is from 0 to {max} days after enrolling.</source>
        <translation>Lượt {number}: ngày là từ 0 đến {max} ngày sau khi đưa vào kế hoạch.</translation>
    </message>
    <message>
        <source>A touch&apos;s subject</source>
        <translation>Nội dung của lượt tiếp cận</translation>
    </message>
    <message>
        <source>Choose the bank from the list of NAPAS members.</source>
        <translation>Hãy chọn ngân hàng trong danh sách thành viên NAPAS.</translation>
    </message>
    <message>
        <source>An account number has digits only; “{text}” has other characters.</source>
        <translation>Số tài khoản chỉ gồm chữ số; “{text}” có ký tự khác.</translation>
    </message>
    <message>
        <source>An account number has 6 to 19 digits; this one has {count}.</source>
        <translation>Số tài khoản có từ 6 đến 19 chữ số; số này có {count}.</translation>
    </message>
    <message>
        <source>The account holder&apos;s name has 2 to 50 characters, as on the account.</source>
        <translation>Tên chủ tài khoản có từ 2 đến 50 ký tự, đúng như trên tài khoản.</translation>
    </message>
    <message>
        <source>Choose the bank that holds this account.</source>
        <translation>Hãy chọn ngân hàng của tài khoản này.</translation>
    </message>
    <message>
        <source>Enter the account number at this bank.</source>
        <translation>Hãy nhập số tài khoản tại ngân hàng này.</translation>
    </message>
    <message>
        <source>Enter the account holder&apos;s name, as on the account.</source>
        <translation>Hãy nhập tên chủ tài khoản, đúng như trên tài khoản.</translation>
    </message>
    <message>
        <source>Show from 0 to {max} days ahead.</source>
        <translation>Hãy chọn hiện từ 0 đến {max} ngày tới.</translation>
    </message>
    <message>
        <source>Activity {id} is not an open follow-up.</source>
        <translation>Hoạt động {id} không phải việc cần làm đang mở.</translation>
    </message>
    <message>
        <source>Reschedule “{subject}”</source>
        <translation>Dời lịch “{subject}”</translation>
    </message>
    <message>
        <source>“{value}” is not a way to reschedule.</source>
        <translation>“{value}” không phải cách dời lịch.</translation>
    </message>
    <message>
        <source>Snooze “{subject}”</source>
        <translation>Hoãn “{subject}”</translation>
    </message>
    <message>
        <source>A reminder comes from 0 to {max} minutes before the due time.</source>
        <translation>Lời nhắc đến trước hạn từ 0 đến {max} phút.</translation>
    </message>
    <message>
        <source>Change the reminder of “{subject}”</source>
        <translation>Đổi lời nhắc của “{subject}”</translation>
    </message>
    <message>
        <source>“{subject}” is not an open follow-up.</source>
        <translation>“{subject}” không phải việc cần làm đang mở.</translation>
    </message>
    <message>
        <source>The plan&apos;s name</source>
        <translation>Tên kế hoạch</translation>
    </message>
    <message>
        <source>There is no nurturing plan “{key}”; use one of {keys}.</source>
        <translation>Không có kế hoạch chăm sóc “{key}”; hãy dùng một trong {keys}.</translation>
    </message>
    <message>
        <source>Add nurturing plan “{name}”</source>
        <translation>Thêm kế hoạch chăm sóc “{name}”</translation>
    </message>
    <message>
        <source>Change nurturing plan “{name}”</source>
        <translation>Sửa kế hoạch chăm sóc “{name}”</translation>
    </message>
    <message>
        <source>Remove nurturing plan “{name}”</source>
        <translation>Bỏ kế hoạch chăm sóc “{name}”</translation>
    </message>
    <message>
        <source>Choose at least one deal to enrol.</source>
        <translation>Hãy chọn ít nhất một thương vụ để đưa vào kế hoạch.</translation>
    </message>
    <message>
        <source>The plan “{plan}” has no touches yet.</source>
        <translation>Kế hoạch “{plan}” chưa có lượt tiếp cận nào.</translation>
    </message>
    <message>
        <source>Enrol “{title}” in “{plan}”</source>
        <translation>Đưa “{title}” vào “{plan}”</translation>
    </message>
    <message>
        <source>Enrol {count} deals in “{plan}”</source>
        <translation>Đưa {count} thương vụ vào “{plan}”</translation>
    </message>
    <message>
        <source>“{title}” is past the lead stage; only leads and lost deals are nurtured.</source>
        <translation>“{title}” đã qua giai đoạn khách tiềm năng; chỉ khách tiềm năng và thương vụ thất bại mới được chăm sóc.</translation>
    </message>
    <message>
        <source>“{title}” is already enrolled in “{plan}”.</source>
        <translation>“{title}” đã ở trong “{plan}”.</translation>
    </message>
    <message>
        <source>“{title}” is in the plan “{plan}”; stop it before choosing another.</source>
        <translation>“{title}” đang ở trong kế hoạch “{plan}”; hãy dừng kế hoạch đó trước khi chọn kế hoạch khác.</translation>
    </message>
    <message>
        <source>“{title}” is not in a nurturing plan.</source>
        <translation>“{title}” không ở trong kế hoạch chăm sóc nào.</translation>
    </message>
    <message>
        <source>Stop nurturing “{title}”</source>
        <translation>Dừng chăm sóc “{title}”</translation>
    </message>
    <message>
        <source>A shared database is backed up on its server (with pg_dump), not from here.</source>
        <translation>Cơ sở dữ liệu dùng chung được sao lưu trên máy chủ của nó (bằng pg_dump), không phải từ đây.</translation>
    </message>
    <message>
        <source>{path} is a folder; name the backup file.</source>
        <translation>{path} là một thư mục; hãy đặt tên cho tệp sao lưu.</translation>
    </message>
    <message>
        <source>A backup cannot replace the file it copies.</source>
        <translation>Bản sao lưu không thể ghi đè lên chính tệp được sao lưu.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
        <source>A page holds 1 to {max} rows from offset 0 on.</source>
        <translation>Một trang có từ 1 đến {max} dòng, tính từ vị trí 0.</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Hãy chọn hai bản ghi khác nhau để gộp.</translation>
    </message>
    <message>
        <source>“{name}” cannot be chosen in a merge.</source>
        <translation>Không thể chọn “{name}” khi gộp.</translation>
    </message>
    <message>
        <source>Merge contact “{other}” into “{kept}”</source>
        <translation>Gộp người liên hệ “{other}” vào “{kept}”</translation>
    </message>
    <message>
        <source>Merge organization “{other}” into “{kept}”</source>
        <translation>Gộp công ty “{other}” vào “{kept}”</translation>
    </message>
    <message>
        <source>“{value}” is not a label; use one of {labels}.</source>
        <translation>“{value}” không phải là nhãn; hãy dùng một trong {labels}.</translation>
    </message>
    <message>
        <source>A contact has at most {max} of each.</source>
        <translation>Mỗi người liên hệ có tối đa {max} mục mỗi loại.</translation>
    </message>
    <message>
        <source>Upgrading {database} to this version&apos;s schema in one transaction (a failure changes nothing); to keep a copy as it was, stop and back it up first with: {command}</source>
        <translation>Đang nâng cấp {database} lên cấu trúc của phiên bản này trong một giao dịch (nếu lỗi thì không có gì thay đổi); muốn giữ một bản như hiện tại, hãy dừng lại và sao lưu trước bằng lệnh: {command}</translation>
    </message>
    <message>
        <source>“{address}” is not an address CRM Desk can open: give a file&apos;s path, or a PostgreSQL address such as postgresql://ROLE@HOST/DATABASE.</source>
        <translation>“{address}” không phải là địa chỉ CRM Desk mở được: hãy đưa đường dẫn của một tệp, hoặc một địa chỉ PostgreSQL như postgresql://VAI-TRÒ@MÁY-CHỦ/CƠ-SỞ-DỮ-LIỆU.</translation>
    </message>
    <message>
        <source>The database {database} was upgraded by a newer version of CRM Desk (its schema is {revision}), so this version left it as it is; install the newer version to use it.</source>
        <translation>Cơ sở dữ liệu {database} đã được một phiên bản CRM Desk mới hơn nâng cấp (cấu trúc {revision}), nên phiên bản này để nguyên; hãy cài phiên bản mới hơn để dùng nó.</translation>
    </message>
    <message>
        <source>The server {host} refused the password of {role}, so CRM Desk could not open the database {name}; check the password (in the address, ~/.pgpass or PGPASSFILE).</source>
        <translation>Máy chủ {host} từ chối mật khẩu của {role}, nên CRM Desk không mở được cơ sở dữ liệu {name}; hãy kiểm tra mật khẩu (trong địa chỉ, ~/.pgpass hoặc PGPASSFILE).</translation>
    </message>
    <message>
        <source>The server {host} asks a password for {role} and none was given; put it in ~/.pgpass (or PGPASSFILE) rather than in the address.</source>
        <translation>Máy chủ {host} yêu cầu mật khẩu cho {role} nhưng chưa có mật khẩu nào; hãy ghi nó vào ~/.pgpass (hoặc PGPASSFILE) thay vì vào địa chỉ.</translation>
    </message>
    <message>
        <source>There is no server called {host} (the name is unknown to this computer); check the address of the database {name}.</source>
        <translation>Không có máy chủ nào tên {host} (máy tính này không biết tên đó); hãy kiểm tra địa chỉ của cơ sở dữ liệu {name}.</translation>
    </message>
    <message>
        <source>The server {host} has no database called {name}; create it first (createdb {name}), or check its name.</source>
        <translation>Máy chủ {host} không có cơ sở dữ liệu nào tên {name}; hãy tạo nó trước (createdb {name}), hoặc kiểm tra lại tên.</translation>
    </message>
    <message>
        <source>The server {host} does not let {role} connect to the database {name} from this computer (its pg_hba.conf); ask the server&apos;s administrator.</source>
        <translation>Máy chủ {host} không cho {role} kết nối tới cơ sở dữ liệu {name} từ máy tính này (theo pg_hba.conf của nó); hãy hỏi người quản trị máy chủ.</translation>
    </message>
    <message>
        <source>The role {role} may not do that in the database {name} on {host} (permission denied), so nothing was changed; ask the server&apos;s administrator for the rights.</source>
        <translation>Vai trò {role} không được phép làm việc đó trong cơ sở dữ liệu {name} trên {host} (không đủ quyền), nên không có gì thay đổi; hãy xin người quản trị máy chủ cấp quyền.</translation>
    </message>
    <message>
        <source>The server {host} of the database {name} cannot be reached (it is down, restarting or the network is out), so nothing was changed; try again in a moment.</source>
        <translation>Không kết nối được tới máy chủ {host} của cơ sở dữ liệu {name} (máy chủ đang tắt, đang khởi động lại hoặc mất mạng), nên không có gì thay đổi; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>báo giá</translation>
    </message>
    <message>
        <source>quote line</source>
        <translation>dòng báo giá</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>thiết lập</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Ai đó</translation>
    </message>
    <message>
        <source>record</source>
        <translation>bản ghi</translation>
    </message>
    <message>
        <source>{who} changed this {what} since you opened it</source>
        <translation>{who} đã sửa {what} này từ khi bạn mở nó</translation>
    </message>
    <message>
        <source>{who} moved this deal to {stage} at {time}</source>
        <translation>{who} đã chuyển thương vụ này sang {stage} lúc {time}</translation>
    </message>
    <message>
        <source>{who} changed this {what} at {time}</source>
        <translation>{who} đã sửa {what} này lúc {time}</translation>
    </message>
    <message>
        <source>{change}; your change was not saved.</source>
        <translation>{change}; thay đổi của bạn chưa được lưu.</translation>
    </message>
    <message>
        <source>Another user changed this record at the same moment; your change was not saved. Reload it and try again.</source>
        <translation>Một người dùng khác đã sửa bản ghi này cùng lúc; thay đổi của bạn chưa được lưu. Hãy tải lại rồi thử lần nữa.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>T</source>
        <comment>trillions (a million millions), after a number</comment>
        <translation>nghìn tỷ</translation>
    </message>
    <message>
        <source>B</source>
        <comment>billions, after a number</comment>
        <translation>tỷ</translation>
    </message>
    <message>
        <source>M</source>
        <comment>millions, after a number</comment>
        <translation>tr</translation>
    </message>
</context>
<context>
    <name>NurturePlansDialog</name>
    <message>
        <source>Nurturing plans</source>
        <translation>Kế hoạch chăm sóc</translation>
    </message>
    <message>
        <source>&amp;Add plan</source>
        <translation>&amp;Thêm kế hoạch</translation>
    </message>
    <message>
        <source>Re&amp;move plan</source>
        <translation>&amp;Bỏ kế hoạch</translation>
    </message>
    <message>
        <source>A subject may name {contact} and {organization}. The day counts from enrolling. Changes apply to deals enrolled from now on.</source>
        <translation>Nội dung có thể dùng {contact} và {organization}. Ngày tính từ lúc đưa vào kế hoạch. Thay đổi áp dụng cho các thương vụ được đưa vào từ nay.</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Lưu kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>Add &amp;touch</source>
        <translation>Thêm lượt tiếp &amp;cận</translation>
    </message>
    <message>
        <source>Remove t&amp;ouch</source>
        <translation>Bỏ lượt tiếp cậ&amp;n</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Đư&amp;a lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Đưa x&amp;uống</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <source>Hello {contact}</source>
        <translation>Chào {contact}</translation>
    </message>
</context>
<context>
    <name>NurtureTab</name>
    <message>
        <source>&amp;Enrol in a plan…</source>
        <translation>Đưa vào &amp;kế hoạch…</translation>
    </message>
    <message>
        <source>S&amp;top the plan</source>
        <translation>&amp;Dừng kế hoạch</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ lúc</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>Never enrolled. A plan sends newsletters and case studies to a lead not ready yet, and stops by itself when the lead engages.</source>
        <translation>Chưa từng được đưa vào kế hoạch. Kế hoạch gửi bản tin và câu chuyện khách hàng cho khách tiềm năng chưa sẵn sàng, và tự dừng khi khách tương tác.</translation>
    </message>
    <message>
        <source>Not in a nurturing plan.</source>
        <translation>Không ở trong kế hoạch chăm sóc nào.</translation>
    </message>
    <message>
        <source>Nurturing with “%1”: touch %2 of %3.</source>
        <translation>Đang chăm sóc theo “%1”: lượt %2/%3.</translation>
    </message>
    <message>
        <source>There is no plan yet: add one in Settings → Nurturing plans.</source>
        <translation>Chưa có kế hoạch nào: hãy thêm trong Cài đặt → Kế hoạch chăm sóc.</translation>
    </message>
</context>
<context>
    <name>OfferBanner</name>
    <message>
        <source>Choose a plan…</source>
        <translation>Chọn kế hoạch…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Enrol in “%1”</source>
        <translation>Đưa vào “%1”</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Restored %1 deal.</source>
        <translation>Đã khôi phục %1 thương vụ.</translation>
    </message>
    <message>
        <source>Restored %1 deals.</source>
        <translation>Đã khôi phục %1 thương vụ.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Dates, stages and duplicates</source>
        <translation>Ngày tháng, giai đoạn và trùng lặp</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Ngày tháng</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Ngày/tháng/năm (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Tháng/ngày/năm (12/31/2026)</translation>
    </message>
    <message>
        <source>Year first (2026/12/31)</source>
        <translation>Năm/tháng/ngày (2026/12/31)</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Thứ tự ngày tháng</translation>
    </message>
    <message>
        <source>Dates in the file are written</source>
        <translation>Ngày tháng trong tệp được ghi theo dạng</translation>
    </message>
    <message>
        <source>Stages CRM Desk does not know</source>
        <translation>Giai đoạn CRM Desk không nhận ra</translation>
    </message>
    <message>
        <source>Rows that match an existing contact or organization</source>
        <translation>Dòng trùng với người liên hệ hoặc công ty đã có</translation>
    </message>
    <message>
        <source>&amp;Merge: link the row to the existing record</source>
        <translation>&amp;Gộp: liên kết dòng với bản ghi đã có</translation>
    </message>
    <message>
        <source>&amp;Skip the row (it is listed in the report)</source>
        <translation>&amp;Bỏ qua dòng (có ghi trong báo cáo)</translation>
    </message>
    <message>
        <source>A row matches by email, by phone, or by the same name in the same organization. Nothing is written until the last step.</source>
        <translation>Một dòng được coi là trùng khi có cùng email, cùng số điện thoại, hoặc cùng tên trong cùng một công ty. Chưa có gì được ghi cho đến bước cuối cùng.</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Currency of the file&apos;s amounts</source>
        <translation>Loại tiền của các số tiền trong tệp</translation>
    </message>
    <message>
        <source>The company&apos;s currency</source>
        <translation>Loại tiền của công ty</translation>
    </message>
    <message>
        <source>Amounts without a currency are in</source>
        <translation>Số tiền không ghi loại tiền được tính bằng</translation>
    </message>
    <message>
        <source>Deals CRM Desk already has (same record id, or same title, organization and value)</source>
        <translation>Thương vụ CRM Desk đã có (cùng mã bản ghi, hoặc cùng tiêu đề, công ty và giá trị)</translation>
    </message>
    <message>
        <source>S&amp;kip them (listed in the report)</source>
        <translation>&amp;Bỏ qua (được liệt kê trong báo cáo)</translation>
    </message>
    <message>
        <source>&amp;Update them from the file</source>
        <translation>&amp;Cập nhật theo tệp</translation>
    </message>
    <message>
        <source>The stage column holds %1 different values CRM Desk does not know: it is probably not a stage. Go Back and choose another column for the stage, or leave it out.</source>
        <translation>Cột giai đoạn có %1 giá trị khác nhau mà CRM Desk không biết: có lẽ đây không phải là cột giai đoạn. Hãy bấm Quay lại và chọn cột khác làm giai đoạn, hoặc không nhập cột này.</translation>
    </message>
    <message>
        <source>CRM Desk stage for “%1”</source>
        <translation>Giai đoạn trong CRM Desk cho “%1”</translation>
    </message>
    <message>
        <source>“%1” becomes</source>
        <translation>“%1” thành</translation>
    </message>
    <message>
        <source>The file&apos;s dates read only one way; this is the order they use.</source>
        <translation>Ngày tháng trong tệp chỉ có một cách đọc; đây là thứ tự tệp sử dụng.</translation>
    </message>
    <message>
        <source>The dates do not settle it: “%1” could be %2 (day first) or %3 (month first). Choose the order the file uses.</source>
        <translation>Ngày tháng trong tệp chưa đủ để xác định: “%1” có thể là %2 (ngày trước tháng) hoặc %3 (tháng trước ngày). Chọn thứ tự mà tệp sử dụng.</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>New organization</source>
        <translation>Công ty mới</translation>
    </message>
    <message>
        <source>Organization — %1</source>
        <translation>Công ty — %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation>Mã số &amp;thuế:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Ngành nghề:</translation>
    </message>
    <message>
        <source>Si&amp;ze (people):</source>
        <translation>&amp;Quy mô (người):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Khu vực:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Trang &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Địa chỉ &amp;email:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Chi tiết</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>đã lưu trữ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Nobody works here yet.</source>
        <translation>Chưa có người liên hệ nào ở công ty này.</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Người liên hệ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên thương vụ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ngày dự kiến chốt</translation>
    </message>
    <message>
        <source>No deal yet.</source>
        <translation>Chưa có thương vụ nào.</translation>
    </message>
    <message>
        <source>&amp;Deals (%1)</source>
        <translation>&amp;Thương vụ (%1)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số báo giá</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Thương vụ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <source>No quote yet.</source>
        <translation>Chưa có báo giá nào.</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Báo giá</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Nothing happened yet.</source>
        <translation>Chưa có hoạt động nào.</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Dòng thời gian</translation>
    </message>
</context>
<context>
    <name>PipelineSettings</name>
    <message>
        <source>Pipeline</source>
        <translation>Phễu bán hàng</translation>
    </message>
    <message>
        <source>Win probability by sub-stage</source>
        <translation>Xác suất thành công theo giai đoạn con</translation>
    </message>
    <message>
        <source>%1 (%2 %) is below %3 (%4 %), which comes before it.</source>
        <translation>Giai đoạn “%1” (%2 %) thấp hơn “%3” (%4 %), giai đoạn đứng trước nó.</translation>
    </message>
    <message>
        <source>Win chances usually rise stage by stage.</source>
        <translation>Khả năng thành công thường tăng dần theo từng giai đoạn.</translation>
    </message>
    <message>
        <source>Stale after, without activity</source>
        <translation>Lâu không chăm sóc: số ngày không có hoạt động</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Lý do thất bại</translation>
    </message>
    <message>
        <source>Needs a note</source>
        <translation>Cần ghi chú</translation>
    </message>
    <message>
        <source>Offered (untick to retire)</source>
        <translation>Đang dùng (bỏ đánh dấu để ngừng dùng)</translation>
    </message>
    <message>
        <source>&amp;Add reason</source>
        <translation>&amp;Thêm lý do</translation>
    </message>
    <message>
        <source>Wording:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>  (retired)</source>
        <translation>  (đã ngừng dùng)</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Lý do mới</translation>
    </message>
</context>
<context>
    <name>PlanStepsTable</name>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>Lượt tiếp cận</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>QualificationSettings</name>
    <message>
        <source>Qualification criteria</source>
        <translation>Tiêu chí thẩm định</translation>
    </message>
    <message>
        <source>A card passes a gate when every required criterion is ticked (or with an override reason). Every change here can be undone from the Edit menu.</source>
        <translation>Một thẻ qua được bước kiểm tra khi mọi tiêu chí bắt buộc đều được đánh dấu (hoặc khi có lý do bỏ qua kiểm tra). Mọi thay đổi ở đây đều có thể hoàn tác từ menu Sửa.</translation>
    </message>
</context>
<context>
    <name>Quote</name>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Chiết khấu %</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Thuế GTGT %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Thành tiền</translation>
    </message>
    <message>
        <source>“%1” is not a percentage.</source>
        <translation>“%1” không phải là tỷ lệ phần trăm.</translation>
    </message>
    <message>
        <source>A discount is from 0 to 100 %, with two decimals at most.</source>
        <translation>Chiết khấu từ 0 đến 100 %, tối đa hai chữ số thập phân.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>A line needs a description.</source>
        <translation>Mỗi dòng cần có mô tả.</translation>
    </message>
    <message>
        <source>VAT is 0, 5, 8 or 10 %.</source>
        <translation>Thuế GTGT chỉ có thể là 0, 5, 8 hoặc 10 %.</translation>
    </message>
    <message>
        <source>Accept quote</source>
        <translation>Chấp nhận báo giá</translation>
    </message>
    <message>
        <source>Set the deal&apos;s value to the quote&apos;s total, %1? It is now %2.</source>
        <translation>Đặt giá trị thương vụ bằng tổng báo giá, %1? Hiện giá trị là %2.</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Product to add</source>
        <translation>Sản phẩm cần thêm</translation>
    </message>
    <message>
        <source>Add &amp;product</source>
        <translation>Thêm &amp;sản phẩm</translation>
    </message>
    <message>
        <source>Add &amp;free line</source>
        <translation>Thêm dòng &amp;tự do</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Xóa dòng</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Đư&amp;a lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Đưa x&amp;uống</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Hiệu lực đến:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>Điều &amp;khoản:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Mark s&amp;ent</source>
        <translation>Đánh &amp;dấu đã gửi</translation>
    </message>
    <message>
        <source>A&amp;ccepted</source>
        <translation>Đã &amp;chấp nhận</translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation>&amp;Bị từ chối</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Báo giá %1</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>lần sửa %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Cộng tiền hàng</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Chiết khấu</translation>
    </message>
    <message>
        <source>VAT %1 % on %2</source>
        <translation>Thuế GTGT %1 % trên %2</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Tổng cộng thanh toán</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Dòng mới</translation>
    </message>
    <message>
        <source>Saved as revision %1; revision %2, as sent, is kept.</source>
        <translation>Đã lưu thành lần sửa %1; lần sửa %2 (bản đã gửi) vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Save your changes first: they make a new revision.</source>
        <translation>Hãy lưu các thay đổi trước: khi lưu sẽ tạo một lần sửa mới.</translation>
    </message>
    <message>
        <source>Accepted: the deal is Won, worth the quote&apos;s total (Ctrl+Z undoes it all).</source>
        <translation>Đã chấp nhận: thương vụ thành công, giá trị bằng tổng báo giá (Ctrl+Z hoàn tác tất cả).</translation>
    </message>
    <message>
        <source>Accepted: the deal is now Won (Ctrl+Z undoes both).</source>
        <translation>Đã chấp nhận: thương vụ đã chuyển sang Thành công (Ctrl+Z hoàn tác cả hai).</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Đã xuất ra %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Save the changes to this quote?</source>
        <translation>Lưu các thay đổi của báo giá này?</translation>
    </message>
</context>
<context>
    <name>QuotePreview</name>
    <message>
        <source>Print quote %1</source>
        <translation>In báo giá %1</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Phóng to (Ctrl++)</translation>
    </message>
    <message>
        <source>Preparing the quote…</source>
        <translation>Đang chuẩn bị báo giá…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <source>The quote&apos;s own PDF file, sharp at any size</source>
        <translation>Chính tệp PDF của báo giá, sắc nét ở mọi cỡ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation>%1 trang</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 trang</translation>
    </message>
    <message>
        <source>The quote could not be prepared: %1</source>
        <translation>Không thể chuẩn bị báo giá: %1</translation>
    </message>
    <message>
        <source>Save quote as PDF</source>
        <translation>Lưu báo giá thành PDF</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
</context>
<context>
    <name>QuotePrinting</name>
    <message>
        <source>Export quote as PDF</source>
        <translation>Xuất báo giá ra PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export quote</source>
        <translation>Xuất báo giá</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Không ghi được tệp PDF: %1</translation>
    </message>
</context>
<context>
    <name>QuotesTab</name>
    <message>
        <source>Number</source>
        <translation>Số báo giá</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Lần sửa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>No quote yet for this deal.</source>
        <translation>Thương vụ này chưa có báo giá.</translation>
    </message>
    <message>
        <source>&amp;New quote</source>
        <translation>&amp;Tạo báo giá</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Open deal</source>
        <translation>Mở thương vụ</translation>
    </message>
    <message>
        <source>Show Today</source>
        <translation>Xem Hôm nay</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>Dời lịch</translation>
    </message>
    <message>
        <source>&amp;New due time:</source>
        <translation>&amp;Hạn mới:</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Kiểm tra trước khi nhập</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stop the import: nothing from this file is kept.</source>
        <translation>Dừng nhập: không giữ lại dữ liệu nào từ tệp này.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Lưu báo cáo…</translation>
    </message>
    <message>
        <source>&amp;Show the imported deals</source>
        <translation>&amp;Xem các thương vụ vừa nhập</translation>
    </message>
    <message>
        <source>Close the import and select its deals on the board.</source>
        <translation>Đóng cửa sổ nhập dữ liệu và chọn các thương vụ vừa nhập trên bảng.</translation>
    </message>
    <message>
        <source>Reading every row; nothing is written.</source>
        <translation>Đang đọc từng dòng; chưa ghi gì cả.</translation>
    </message>
    <message>
        <source>Importing; Stop leaves your data as it was.</source>
        <translation>Đang nhập; nếu bấm “Dừng”, dữ liệu của bạn vẫn giữ nguyên như trước.</translation>
    </message>
    <message>
        <source>%1 of about %2 rows</source>
        <translation>%1 trên khoảng %2 dòng</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 dòng</translation>
    </message>
    <message>
        <source>Stopped: nothing from this file was written.</source>
        <translation>Đã dừng: chưa ghi dữ liệu nào từ tệp này.</translation>
    </message>
    <message>
        <source>Further down, the file has stages CRM Desk does not know: %1. Go Back to say where each goes.</source>
        <translation>Ở các dòng phía dưới, tệp có những giai đoạn CRM Desk không biết: %1. Hãy bấm Quay lại để cho biết mỗi giai đoạn thuộc về đâu.</translation>
    </message>
    <message>
        <source>The import stopped on an unexpected error; nothing was written: %1</source>
        <translation>Việc nhập dữ liệu dừng vì một lỗi không lường trước; chưa có gì được ghi: %1</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Chưa nhập được gì</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>%1, %2 and %3; %4 matched records you already have; %5 left out.</source>
        <translation>%1, %2 và %3; %4 trùng với bản ghi bạn đã có; %5 bị bỏ qua.</translation>
    </message>
    <message>
        <source>The report below says which and why.</source>
        <translation>Báo cáo bên dưới ghi rõ dòng nào và vì sao.</translation>
    </message>
    <message>
        <source>Ready to import %1 Press Import to write them.</source>
        <translation>Sẵn sàng nhập %1 Bấm “Nhập dữ liệu” để ghi vào.</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Đã nhập %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Văn bản (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Không lưu được báo cáo: %1</translation>
    </message>
</context>
<context>
    <name>ScoreTab</name>
    <message>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>Points now</source>
        <translation>Điểm hiện tại</translation>
    </message>
    <message>
        <source>Before decay</source>
        <translation>Trước khi giảm</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Tín hiệu</translation>
    </message>
    <message>
        <source>Latest signal</source>
        <translation>Tín hiệu gần nhất</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score %1&lt;/b&gt; · %2 — the rules that count, after decay:</source>
        <translation>&lt;b&gt;Điểm %1&lt;/b&gt; · %2 — các quy tắc được tính, sau khi giảm theo thời gian:</translation>
    </message>
    <message>
        <source>Behaviour signals lose half their points every %1 days; fit attributes (industry, size, the contact&apos;s role) do not decay. A lead with no two-way contact yet is never hotter than warm.</source>
        <translation>Tín hiệu hành vi mất một nửa số điểm sau mỗi %1 ngày; các thuộc tính phù hợp (ngành nghề, quy mô, vai trò của người liên hệ) không bị giảm. Khách tiềm năng chưa có trao đổi hai chiều thì cao nhất chỉ ở mức ấm.</translation>
    </message>
</context>
<context>
    <name>ScoringSettings</name>
    <message>
        <source>Scoring</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <source>Rules: points each signal or fact adds</source>
        <translation>Quy tắc: số điểm mỗi tín hiệu hoặc thông tin cộng thêm</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Tính điểm</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>The ideal customer</source>
        <translation>Khách hàng lý tưởng</translation>
    </message>
    <message>
        <source>e.g. Retail, Restaurants, Software</source>
        <translation>ví dụ: Bán lẻ, Nhà hàng, Phần mềm</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>people</source>
        <translation>nhân viên</translation>
    </message>
    <message>
        <source>Target &amp;industries:</source>
        <translation>Ngành mục &amp;tiêu:</translation>
    </message>
    <message>
        <source>Company size:</source>
        <translation>Quy mô công ty:</translation>
    </message>
    <message>
        <source>&amp;Free-mail domains:</source>
        <translation>Tên miền &amp;email miễn phí:</translation>
    </message>
    <message>
        <source>Decay and temperature</source>
        <translation>Giảm điểm và độ nóng</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Signals count half after:</source>
        <translation>Tín hiệu còn một nửa điểm sau:</translation>
    </message>
    <message>
        <source>&amp;Warm from score:</source>
        <translation>Ấ&amp;m từ điểm:</translation>
    </message>
    <message>
        <source>&amp;Hot from score:</source>
        <translation>&amp;Nóng từ điểm:</translation>
    </message>
    <message>
        <source>Open deals now:</source>
        <translation>Thương vụ đang mở hiện tại:</translation>
    </message>
    <message>
        <source>A lead with no two-way contact yet is never hot.</source>
        <translation>Khách tiềm năng chưa có trao đổi hai chiều thì không bao giờ ở mức nóng.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>process %1 on %2</source>
        <translation>tiến trình %1 trên máy %2</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>một chương trình khác</translation>
    </message>
    <message>
        <source>Database already open</source>
        <translation>Cơ sở dữ liệu đang được mở</translation>
    </message>
    <message>
        <source>“%1” is already open in another CRM Desk window (%2).

Work in that window, or close it first. Opening the file twice is safe for your data, but each window keeps its own undo history and shows the other&apos;s changes only after a refresh.</source>
        <translation>“%1” đang được mở trong một cửa sổ CRM Desk khác (%2).

Hãy làm việc trong cửa sổ đó, hoặc đóng nó trước. Mở tệp hai lần không gây hại cho dữ liệu của bạn, nhưng mỗi cửa sổ có lịch sử hoàn tác riêng và chỉ thấy thay đổi của cửa sổ kia sau khi làm mới.</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Vẫn mở</translation>
    </message>
    <message>
        <source>Something went wrong that CRM Desk did not expect, and the details could not be saved. Your data is safe: every change already made is kept.</source>
        <translation>Đã xảy ra một lỗi mà CRM Desk không lường trước, và không lưu được chi tiết. Dữ liệu của bạn an toàn: mọi thay đổi đã thực hiện đều được giữ lại.</translation>
    </message>
    <message>
        <source>Something went wrong that CRM Desk did not expect. Your data is safe: every change already made is kept. The details are in %1.</source>
        <translation>Đã xảy ra một lỗi mà CRM Desk không lường trước. Dữ liệu của bạn an toàn: mọi thay đổi đã thực hiện đều được giữ lại. Chi tiết có trong %1.</translation>
    </message>
    <message>
        <source>CRM Desk</source>
        <translation>CRM Desk</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Enrolled %1 deal: its touches are in Today. Ctrl+Z undoes it.</source>
        <translation>Đã đưa %1 thương vụ vào kế hoạch: các lượt tiếp cận có trong Hôm nay. Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>Enrolled %1 deals: their touches are in Today. Ctrl+Z undoes it.</source>
        <translation>Đã đưa %1 thương vụ vào kế hoạch: các lượt tiếp cận có trong Hôm nay. Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>The calendar file could not be written: %1</source>
        <translation>Không ghi được tệp lịch: %1</translation>
    </message>
    <message>
        <source>Saved %1 — import it in your calendar.</source>
        <translation>Đã lưu %1 — hãy nhập tệp này vào lịch của bạn.</translation>
    </message>
    <message>
        <source>“%1” is not ready yet: keep in touch with a plan?</source>
        <translation>“%1” chưa sẵn sàng: giữ liên lạc bằng một kế hoạch chăm sóc?</translation>
    </message>
    <message>
        <source>%1 deal is not ready yet: keep in touch with a plan?</source>
        <translation>%1 thương vụ chưa sẵn sàng: giữ liên lạc bằng một kế hoạch chăm sóc?</translation>
    </message>
    <message>
        <source>%1 deals are not ready yet: keep in touch with a plan?</source>
        <translation>%1 thương vụ chưa sẵn sàng: giữ liên lạc bằng một kế hoạch chăm sóc?</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Ngày mai</translation>
    </message>
    <message>
        <source>Next %1 days</source>
        <translation>%1 ngày tới</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Không nhắc</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>Đúng giờ hẹn</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>Trước 15 phút</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>Trước 1 giờ</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>Trước 1 ngày</translation>
    </message>
    <message>
        <source>%1 minutes before</source>
        <translation>Trước %1 phút</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>đúng giờ</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 phút</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 giờ</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 ngày</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>In progress: touch %1 of %2</source>
        <translation>Đang diễn ra: lượt %1/%2</translation>
    </message>
    <message>
        <source>Stopped by itself: %1 recorded</source>
        <translation>Tự dừng: đã ghi nhận %1</translation>
    </message>
    <message>
        <source>Stopped by itself: the deal moved to %1</source>
        <translation>Tự dừng: thương vụ đã chuyển sang %1</translation>
    </message>
    <message>
        <source>Completed: every touch done</source>
        <translation>Hoàn tất: đã làm hết các lượt</translation>
    </message>
    <message>
        <source>Stopped by hand</source>
        <translation>Đã dừng thủ công</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 quá hạn</translation>
    </message>
    <message>
        <source>%1 due today</source>
        <translation>%1 đến hạn hôm nay</translation>
    </message>
    <message>
        <source>CRM Desk — today</source>
        <translation>CRM Desk — hôm nay</translation>
    </message>
    <message>
        <source>%1 reminder while you were away</source>
        <translation>%1 lời nhắc trong lúc bạn vắng mặt</translation>
    </message>
    <message>
        <source>%1 reminders while you were away</source>
        <translation>%1 lời nhắc trong lúc bạn vắng mặt</translation>
    </message>
    <message>
        <source>%1 follow-up due</source>
        <translation>%1 việc đến hạn</translation>
    </message>
    <message>
        <source>%1 follow-ups due</source>
        <translation>%1 việc đến hạn</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Export to calendar</source>
        <translation>Xuất ra lịch</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Tệp lịch (*.ics)</translation>
    </message>
    <message>
        <source>Today and the next day</source>
        <translation>Hôm nay và ngày mai</translation>
    </message>
    <message>
        <source>Today and the next %1 days</source>
        <translation>Hôm nay và %1 ngày tới</translation>
    </message>
    <message>
        <source>Nothing due. Follow-ups scheduled on a deal, and the touches of nurturing plans, appear here.</source>
        <translation>Không có việc đến hạn. Việc cần làm lên lịch cho thương vụ và các lượt tiếp cận của kế hoạch chăm sóc sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiện:</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar…</source>
        <translation>&amp;Xuất ra lịch…</translation>
    </message>
    <message>
        <source>The agenda shown, as an .ics file with reminders</source>
        <translation>Lịch làm việc đang hiện, thành tệp .ics có lời nhắc</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Xong</translation>
    </message>
    <message>
        <source>&amp;Later today</source>
        <translation>&amp;Lát nữa hôm nay</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Ngày mai</translation>
    </message>
    <message>
        <source>Next &amp;week</source>
        <translation>&amp;Tuần sau</translation>
    </message>
    <message>
        <source>&amp;Pick a date…</source>
        <translation>&amp;Chọn ngày…</translation>
    </message>
    <message>
        <source>&amp;Snooze 1 hour</source>
        <translation>&amp;Hoãn 1 giờ</translation>
    </message>
    <message>
        <source>&amp;Open deal</source>
        <translation>&amp;Mở thương vụ</translation>
    </message>
    <message>
        <source>&amp;Add to calendar…</source>
        <translation>Thêm vào &amp;lịch…</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Dời lịch</translation>
    </message>
    <message>
        <source>Re&amp;minder</source>
        <translation>Nhắc nh&amp;ở</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Dời lịch…</translation>
    </message>
    <message>
        <source>Reschedule (Ctrl+R)</source>
        <translation>Dời lịch (Ctrl+R)</translation>
    </message>
    <message>
        <source>Enter opens · Ctrl+D done · Ctrl+R reschedule · Ctrl+H snooze · Ctrl+Z undo</source>
        <translation>Enter mở · Ctrl+D xong · Ctrl+R dời lịch · Ctrl+H hoãn · Ctrl+Z hoàn tác</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 quá hạn</translation>
    </message>
    <message>
        <source>%1 due today</source>
        <translation>%1 đến hạn hôm nay</translation>
    </message>
    <message>
        <source>%1 coming up</source>
        <translation>%1 sắp tới</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>CRM Desk — Today</source>
        <translation>CRM Desk — Hôm nay</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Không có việc đến hạn</translation>
    </message>
    <message>
        <source>More in Today…</source>
        <translation>Xem thêm trong Hôm nay…</translation>
    </message>
    <message>
        <source>Show Today</source>
        <translation>Xem Hôm nay</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to CRM Desk</source>
        <translation>Chào mừng bạn đến với CRM Desk</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>Thêm khách tiềm năng…</translation>
    </message>
    <message>
        <source>Open sample data</source>
        <translation>Mở dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Nhập từ bảng tính…</translation>
    </message>
    <message>
        <source>Bring in the leads you keep in a spreadsheet or another CRM&apos;s export</source>
        <translation>Nhập các khách tiềm năng bạn đang lưu trong bảng tính hoặc trong tệp xuất từ CRM khác</translation>
    </message>
    <message>
        <source>Your pipeline is empty. Add the first lead you are talking to, bring in the ones you keep in a spreadsheet, or open the sample data to see a living pipeline (it is a separate file: sample deals never mix with yours).</source>
        <translation>Phễu bán hàng của bạn đang trống. Hãy thêm khách tiềm năng đầu tiên bạn đang trao đổi, nhập những khách bạn đang lưu trong bảng tính, hoặc mở dữ liệu mẫu để xem một phễu bán hàng đang hoạt động (đó là một tệp riêng: thương vụ mẫu không bao giờ lẫn với dữ liệu của bạn).</translation>
    </message>
    <message>
        <source>Your pipeline is empty. Add the first lead you are talking to, or bring in the ones you keep in a spreadsheet.</source>
        <translation>Phễu bán hàng của bạn đang trống. Hãy thêm khách tiềm năng đầu tiên bạn đang trao đổi, hoặc nhập những khách bạn đang lưu trong bảng tính.</translation>
    </message>
</context>
</TS>

"""Names, places and phrases of the demo data, and the organizations and people made of them."""

from __future__ import annotations

import math
import unicodedata
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import accumulate
from random import Random
from typing import TypeVar

from crmdesk.db.bulk import BulkWriter, Ref
from crmdesk.domain.enums import DecisionRole
from crmdesk.domain.text import fold

T = TypeVar("T")
DM, INF, USER, UNKNOWN = (DecisionRole.DECISION_MAKER, DecisionRole.INFLUENCER,
                          DecisionRole.USER, DecisionRole.UNKNOWN)  # fmt: skip


def words(text: str, sep: str = "|") -> tuple[str, ...]:
    """The NFC items of a ``|``-separated list."""
    return tuple(unicodedata.normalize("NFC", w.strip()) for w in text.split(sep) if w.strip())


def cumulative(weights: Sequence[float]) -> tuple[float, ...]:
    """Running totals of ``weights``, for :func:`pick`."""
    return tuple(accumulate(weights))


def pick(rng: Random, items: Sequence[T], cum: Sequence[float]) -> T:
    """One item drawn with the weights whose running totals are ``cum``."""
    return items[bisect(cum, rng.random() * cum[-1])]


FAMILY = words(
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Lương|Mai"
)
FAMILY_CUM = cumulative((38, 11, 9.5, 7, 4, 3.1, 4.5, 3.9, 2.5, 2.1, 2, 1.4, 1.3, 1.3, 1, 0.5,
                         0.6, 0.6, 0.4, 0.4))  # fmt: skip
MALE_MIDDLE = words("Văn|Văn|Văn|Hữu|Đức|Minh|Quang|Thanh|Hoàng|Công|Xuân|Quốc|Đình|Gia|Trọng|Anh")
FEMALE_MIDDLE = words("Thị|Thị|Thị|Ngọc|Thanh|Thu|Kim|Minh|Thùy|Bảo|Phương|Hồng|Mai|Diệu")
MALE_GIVEN = words(
    "Đức|Hùng|Dũng|Minh|Tuấn|Phúc|Khang|Long|Nam|Hải|Sơn|Thắng|Quân|Bảo|Huy|"
    "Trung|Hiếu|Toàn|Vinh|Cường|Thành|Tài|Khoa|Đạt|Phong|Kiên|Lâm|Nghĩa|Tùng|"
    "Quý|Hòa|Lộc|Tiến|Khôi|An|Duy"
)
FEMALE_GIVEN = words(
    "Hạnh|Lan|Hương|Linh|Trang|Hoa|Mai|Ngọc|Thảo|Anh|Vy|Nhung|Hà|Yến|Trâm|"
    "Phương|Giang|Nga|Thủy|Hằng|Nhi|Chi|Oanh|Loan|Quyên|Uyên|Hiền|Dung|Thư|My|"
    "Tâm|Vân|Diệp|Hồng"
)
WESTERN_FIRST = words(
    "James|John|Michael|David|Daniel|Thomas|Mark|Paul|Andrew|Peter|Chris|Ryan|"
    "Emily|Sarah|Jessica|Laura|Emma|Olivia|Sophie|Rachel|Hannah|Kate|Anna"
)
WESTERN_LAST = words(
    "Smith|Johnson|Brown|Taylor|Miller|Wilson|Moore|Anderson|Clark|Walker|Hall|"
    "Young|Allen|King|Wright|Scott|Green|Baker|Carter|Mitchell|Turner|Parker|"
    "Collins|Morgan|Bennett|Hughes"
)
BRANDS = words(
    "Hoa Sen|Sao Mai|Minh Anh|Phú Thịnh|Thành Công|Bình Minh|Hưng Thịnh|Ánh Dương|"
    "Việt Tiến|Đại Phát|An Khang|Tân Phú|Kim Long|Hải Âu|Trường Sơn|Phương Nam|"
    "Hòa Bình|Hồng Hà|Đông Á|Thiên Long|Phúc Lộc|Nam Việt|Quang Minh|Ngọc Lan|"
    "Sông Hàn|Mekong Xanh|Bảo Tín|Hoàng Gia|Kim Ngân|Tràng An|Lam Sơn|Bạch Đằng|"
    "Thái Sơn|Hải Đăng|Sen Vàng|Tín Nghĩa|Phú Gia|Lộc Phát|Tâm Việt|Thịnh Vượng|"
    "Hạ Long|Cửu Long|Trúc Xanh|Mặt Trời|Bông Lúa|Tre Việt|Hoa Mai|Sơn Hà|Nhật Minh|"
    "Đất Việt|Tân Thành|Thuận Phát|Gia Khang|Hưng Long|Á Châu|Ngôi Sao|Cánh Diều"
)
# Auspicious syllables that most Vietnamese shop and company names are made of.
BRAND_FIRST = words(
    "Phú|Tân|Kim|Minh|Hưng|Thành|Đại|Việt|Gia|Bảo|Hoàng|Thiên|Quang|Ngọc|An|Phúc|"
    "Hải|Nam|Đông|Trường|Hồng|Thái|Sao|Bình|Vĩnh|Thịnh|Tiến|Hòa|Lộc|Thuận"
)
BRAND_SECOND = words(
    "Phát|Thịnh|Long|Khang|Hưng|Anh|Minh|Lộc|Phú|Thành|Tín|Gia|Việt|Sơn|Hà|Nam|"
    "Mai|Quang|Tâm|Vượng|An|Hòa|Á|Dương|Lợi|Nguyên|Phong|Hải"
)
EN_HEADS = words(
    "Blue Harbor|Golden Gate|Red River|Silver Oak|Northwind|Summit|Pacific Bay|"
    "Evergreen|Lotus Bridge|Bright Path|Crescent|Harborview|Jade Coast|Orchid Lane|"
    "Granite Peak|Skyline|Riverstone|Bamboo Grove|Westbrook|Clearwater|Sunrise"
)
EN_SUFFIXES = words("LLC|Ltd.|Inc.|Co.|Pte. Ltd.|Vietnam Co., Ltd.")

# industry, in Vietnamese as a Vietnamese shop files it: (Vietnamese name forms, English trade
# words, smallest and largest size, weight). Scoring targets name industries the same way.
INDUSTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...], int, int, int]] = {
    "Bán lẻ": (words("Cửa hàng {b}|Cửa hàng {b}|Công ty TNHH Thương mại {b}|Siêu thị mini {b}"),
               words("Trading|Stores|Market"), 1, 120, 16),
    "Phần mềm": (words("Công ty Cổ phần Công nghệ {b}|Công ty TNHH Phần mềm {b}"),
                 words("Software|Labs|Systems"), 5, 400, 8),
    "Sản xuất": (words("Công ty TNHH Sản xuất {b}|Công ty Cổ phần Cơ khí {b}|"
                            "Công ty TNHH Nhựa {b}"),
                      words("Manufacturing|Industries"), 20, 1000, 10),
    "Nhà hàng & Khách sạn": (words("Nhà hàng {b}|Khách sạn {b}|Công ty TNHH Du lịch {b}|"
                                   "Quán cà phê {b}"),
                             words("Hospitality|Hotels|Kitchen"), 3, 300, 11),
    "Giáo dục": (words("Trung tâm Anh ngữ {b}|Công ty TNHH Giáo dục {b}|Trường Mầm non {b}"),
                  words("Academy|Learning"), 5, 200, 8),
    "Y tế": (words("Phòng khám Đa khoa {b}|Nhà thuốc {b}|Công ty Cổ phần Dược phẩm {b}"),
                   words("Health|Clinic|Medical"), 3, 500, 7),
    "Vận tải & Giao nhận": (words("Công ty TNHH Vận tải {b}|Công ty Cổ phần Giao nhận {b}"),
                  words("Logistics|Freight|Shipping"), 10, 800, 8),
    "Xây dựng": (words("Công ty Cổ phần Xây dựng {b}|Công ty TNHH Nội thất {b}"),
                     words("Builders|Construction|Interiors"), 10, 900, 9),
    "Nông nghiệp": (words("Hợp tác xã Nông nghiệp {b}|Công ty TNHH Nông sản {b}"),
                    words("Farms|Agri|Produce"), 5, 600, 6),
    "Tài chính": (words("Công ty TNHH Tư vấn Tài chính {b}|Công ty Cổ phần Đầu tư {b}"),
                words("Capital|Advisors|Partners"), 5, 300, 5),
    "Thực phẩm & Đồ uống": (words("Công ty TNHH Thực phẩm {b}|Tiệm bánh {b}|"
                              "Công ty Cổ phần Đồ uống {b}"), words("Foods|Bakery|Beverages"),
                        3, 700, 12),
}  # fmt: skip
INDUSTRY_NAMES = tuple(INDUSTRIES)
INDUSTRY_CUM = cumulative([v[4] for v in INDUSTRIES.values()])
SMALL_SHOPS = ("Cửa hàng", "Quán", "Tiệm", "Nhà thuốc", "Siêu thị mini")

District = tuple[str, tuple[str, ...], tuple[str, ...]]  # name, wards, streets
# city: (phone area code, tax-code prefix, weight, districts)
CITIES: dict[str, tuple[str, str, int, tuple[District, ...]]] = {
    "TP. Hồ Chí Minh": ("028", "03", 38, (
        ("Quận 1", words("Phường Bến Nghé|Phường Bến Thành|Phường Đa Kao"),
         words("Lê Lợi|Nguyễn Huệ|Hai Bà Trưng|Pasteur|Lý Tự Trọng")),
        ("Quận 3", words("Phường Võ Thị Sáu|Phường 9|Phường 12"),
         words("Nam Kỳ Khởi Nghĩa|Võ Văn Tần|Cách Mạng Tháng Tám")),
        ("Quận Bình Thạnh", words("Phường 25|Phường 22|Phường 15"),
         words("Điện Biên Phủ|Xô Viết Nghệ Tĩnh|Nguyễn Hữu Cảnh")),
        ("Quận Tân Bình", words("Phường 2|Phường 4|Phường 13"),
         words("Cộng Hòa|Hoàng Văn Thụ|Trường Chinh")),
        ("Quận 7", words("Phường Tân Phong|Phường Tân Phú|Phường Tân Hưng"),
         words("Nguyễn Văn Linh|Nguyễn Thị Thập|Huỳnh Tấn Phát")),
        ("TP. Thủ Đức", words("Phường Thảo Điền|Phường An Phú|Phường Linh Trung"),
         words("Quốc Hương|Võ Văn Ngân|Song Hành")))),
    "Hà Nội": ("024", "01", 30, (
        ("Quận Ba Đình", words("Phường Kim Mã|Phường Ngọc Hà|Phường Liễu Giai"),
         words("Kim Mã|Đội Cấn|Liễu Giai|Văn Cao")),
        ("Quận Hoàn Kiếm", words("Phường Tràng Tiền|Phường Hàng Trống|Phường Hàng Bài"),
         words("Hàng Bài|Bà Triệu|Tràng Tiền|Lý Thường Kiệt")),
        ("Quận Đống Đa", words("Phường Láng Hạ|Phường Ô Chợ Dừa|Phường Trung Liệt"),
         words("Láng Hạ|Tây Sơn|Thái Hà|Nguyễn Chí Thanh")),
        ("Quận Cầu Giấy", words("Phường Dịch Vọng|Phường Nghĩa Đô|Phường Trung Hòa"),
         words("Xuân Thủy|Trần Duy Hưng|Hoàng Quốc Việt|Cầu Giấy")),
        ("Huyện Gia Lâm", words("Thị trấn Trâu Quỳ|Xã Đa Tốn|Xã Bát Tràng"),
         words("Ngô Xuân Quảng|Nguyễn Đức Thuận")))),
    "Đà Nẵng": ("0236", "04", 9, (
        ("Quận Hải Châu", words("Phường Thạch Thang|Phường Hòa Cường Bắc"),
         words("Bạch Đằng|Lê Duẩn|Trần Phú|Nguyễn Văn Linh")),
        ("Quận Sơn Trà", words("Phường An Hải Bắc|Phường Phước Mỹ"),
         words("Võ Nguyên Giáp|Ngô Quyền|Phạm Văn Đồng")),
        ("Quận Ngũ Hành Sơn", words("Phường Mỹ An|Phường Khuê Mỹ"),
         words("Lê Văn Hiến|Trường Sa")))),
    "Hải Phòng": ("0225", "02", 7, (
        ("Quận Lê Chân", words("Phường An Biên|Phường Trại Cau"), words("Tô Hiệu|Lạch Tray")),
        ("Quận Ngô Quyền", words("Phường Máy Tơ|Phường Cầu Đất"), words("Lê Lợi|Văn Cao")),
        ("Quận Hồng Bàng", words("Phường Minh Khai|Phường Hoàng Văn Thụ"),
         words("Hoàng Văn Thụ|Minh Khai|Điện Biên Phủ")))),
    "Cần Thơ": ("0292", "18", 6, (
        ("Quận Ninh Kiều", words("Phường Tân An|Phường Xuân Khánh|Phường An Hòa"),
         words("30 Tháng 4|Nguyễn Văn Cừ|Trần Hưng Đạo|Hai Bà Trưng")),
        ("Quận Cái Răng", words("Phường Lê Bình|Phường Hưng Phú"),
         words("Quang Trung|Võ Nguyên Giáp")))),
    "Bình Dương": ("0274", "37", 6, (
        ("TP. Thủ Dầu Một", words("Phường Phú Cường|Phường Hiệp Thành"),
         words("Đại lộ Bình Dương|Yersin|Cách Mạng Tháng Tám")),
        ("TP. Dĩ An", words("Phường Dĩ An|Phường Đông Hòa"),
         words("Nguyễn An Ninh|Trần Hưng Đạo")))),
    "Khánh Hòa": ("0258", "42", 4, (
        ("TP. Nha Trang", words("Phường Lộc Thọ|Phường Tân Lập|Phường Vĩnh Hải"),
         words("Trần Phú|Yersin|Thống Nhất|Hùng Vương")),)),
}  # fmt: skip
CITY_NAMES = tuple(CITIES)
CITY_CUM = cumulative([c[2] for c in CITIES.values()])
# city abroad: (address templates: {n} number, {f} floor, {u} unit, {s} suite; phone template)
ABROAD: dict[str, tuple[tuple[str, ...], str]] = {
    "Singapore": (words("{n} Raffles Place, #{f}-{u}, Singapore 048616|"
                        "{n} Cecil Street, #{f}-{u}, Singapore 069533"), "+65 6{d3} {d4}"),
    "San Francisco": (words("{n}5 Mission Street, Suite {s}, San Francisco, CA 94105"),
                      "+1 415 555 0{d3}"),
    "Sydney": (words("Level {f}, {n} Market Street, Sydney NSW 2000"), "+61 2 9{d3} {d4}"),
    "London": (words("{n} Fenchurch Street, London EC3M 3BY"), "+44 20 7946 0{d3}"),
}  # fmt: skip

MOBILE_PREFIXES = words("090 091 093 094 096 097 098 086 088 070 077 079 083 085 032 035 039", " ")
FREE_MAIL = words("gmail.com|gmail.com|gmail.com|yahoo.com.vn|outlook.com|hotmail.com")
ORG_MAILBOXES = words("info|lienhe|sales|contact|kinhdoanh|hotro")
TLDS = words(".com.vn|.vn|.com|.com.vn")
# (job title, decision role), weights apart
VI_TITLES = (("Giám đốc", DM), ("Chủ cửa hàng", DM), ("Tổng giám đốc", DM),
             ("Phó giám đốc", INF), ("Trưởng phòng kinh doanh", INF), ("Kế toán trưởng", INF),
             ("Trưởng phòng IT", INF), ("Quản lý vận hành", INF), ("Nhân viên mua hàng", USER),
             ("Kế toán", USER), ("Nhân viên văn phòng", USER), ("Trợ lý giám đốc", UNKNOWN),
             ("Nhân viên kinh doanh", UNKNOWN))  # fmt: skip
VI_TITLES_CUM = cumulative((14, 6, 3, 8, 9, 7, 6, 5, 7, 7, 5, 4, 5))
EN_TITLES = (("CEO", DM), ("Managing Director", DM), ("Owner", DM), ("Head of Operations", INF),
             ("Finance Manager", INF), ("IT Manager", INF), ("Procurement Officer", USER),
             ("Office Manager", USER), ("Sales Executive", UNKNOWN))  # fmt: skip
EN_TITLES_CUM = cumulative((8, 7, 4, 7, 6, 6, 6, 5, 4))

# (Vietnamese title, English title, lowest and highest price in millions of đồng)
PRODUCTS: tuple[tuple[str, str, int, int], ...] = (
    ("Phần mềm quản lý bán hàng", "Sales management software", 5, 120),
    ("Phần mềm kế toán", "Accounting software", 8, 150),
    ("Thiết kế website", "Website design", 10, 200), ("Hệ thống POS", "POS system", 15, 300),
    ("Gói CRM 10 người dùng", "CRM licences for 10 users", 20, 180),
    ("Triển khai ERP", "ERP rollout", 300, 2000), ("Camera an ninh", "Security cameras", 10, 250),
    ("Máy chủ và lưu trữ", "Servers and storage", 80, 1500),
    ("Hợp đồng bảo trì hệ thống", "IT maintenance contract", 20, 400),
    ("Tư vấn chuyển đổi số", "Digital transformation consulting", 50, 800),
    ("Hóa đơn điện tử", "E-invoicing setup", 5, 60),
    ("Đào tạo nhân viên", "Staff training", 10, 150),
    ("Quảng cáo Facebook", "Facebook advertising", 10, 300),
    ("Email doanh nghiệp", "Business email", 5, 50),
    ("Phần mềm quản lý kho", "Warehouse software", 30, 600),
    ("Máy chấm công", "Time and attendance system", 8, 120),
    ("Mạng Wi-Fi văn phòng", "Office Wi-Fi network", 10, 200),
    ("Ứng dụng đặt hàng", "Ordering app", 50, 900),
)  # fmt: skip
INTERESTS = (
    words("Cần quản lý {n} chi nhánh trên một hệ thống|Muốn thay phần mềm cũ trước Tết|"
          "Hỏi giá gói {n} người dùng|Quan tâm tích hợp hóa đơn điện tử|"
          "Đang so sánh với nhà cung cấp hiện tại|Cần triển khai trong quý {q}|"
          "Muốn dùng thử 14 ngày trước khi quyết định|Cần báo giá chi tiết kèm đào tạo|"
          "Khách được giới thiệu, cần tư vấn trực tiếp|Muốn đồng bộ dữ liệu với phần mềm kế toán"),
    words("Needs one system for {n} branches|Wants to replace their old software before Q{q}|"
          "Asked for pricing for {n} users|Interested in e-invoicing integration|"
          "Comparing us with their current vendor|Wants a 14-day trial first|"
          "Needs a detailed quote including training|Referred by a partner, wants a meeting"),
)  # fmt: skip
OWNERS = words("Trần Minh Khoa|Lê Thu Hà|Phạm Quốc Bảo|Nguyễn Thùy Linh|Võ Thành Nam")
SOURCES = words("Website|Referral|Facebook|Zalo|Trade fair|Cold call|Email campaign")
SOURCE_CUM = (cumulative((30, 18, 15, 12, 7, 8, 10)), cumulative((30, 18, 15, 0, 7, 8, 10)))
# activity kind: (Vietnamese subjects, English subjects)
SUBJECTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "website_visit": (words("Xem trang sản phẩm|Xem trang giới thiệu"),
                      words("Visited the product page|Visited the home page")),
    "pricing_visit": (words("Xem trang bảng giá"), words("Viewed the pricing page")),
    "content_download": (words("Tải tài liệu giới thiệu|Tải bảng so sánh tính năng"),
                         words("Downloaded the brochure|Downloaded the feature comparison")),
    "newsletter_signup": (words("Đăng ký nhận bản tin"), words("Signed up for the newsletter")),
    "webinar_attended": (words("Tham dự hội thảo trực tuyến"), words("Attended the webinar")),
    "email_reply": (words("Trả lời email giới thiệu"), words("Replied to the intro email")),
    "inquiry": (words("Gửi form liên hệ|Nhắn tin hỏi thông tin qua Zalo"),
                words("Sent the contact form|Asked for information by chat")),
    "demo_request": (words("Yêu cầu demo"), words("Requested a demo")),
    "quote_request": (words("Yêu cầu báo giá"), words("Requested a quote")),
    "call": (words("Gọi điện tư vấn|Gọi lại hỏi nhu cầu|Gọi xác nhận ngân sách"),
             words("Discovery call|Follow-up call|Call to confirm the budget")),
    "email": (words("Gửi tài liệu sản phẩm|Gửi báo giá|Gửi email nhắc lịch hẹn"),
              words("Sent the product sheet|Sent the proposal|Sent a meeting reminder")),
    "meeting": (words("Họp tại văn phòng khách|Demo sản phẩm|Họp thống nhất phạm vi"),
                words("On-site meeting|Product demo|Scoping meeting")),
    "note": (words("Khách hỏi về chiết khấu|Khách cần hóa đơn VAT|Khách đang nghỉ phép"),
             words("Asked about discounts|Needs a VAT invoice|Customer is on leave")),
    "task": (words("Gửi báo giá sửa đổi|Chuẩn bị hợp đồng|Chuẩn bị demo"),
             words("Send the revised quote|Prepare the contract|Prepare the demo")),
}  # fmt: skip
# criterion key: (Vietnamese evidence, English evidence)
EVIDENCE: dict[str, tuple[str, str]] = {
    "icp_fit": ("Đúng ngành và quy mô mục tiêu", "Right industry and size"),
    "buying_intent": ("Đã xem bảng giá và hỏi báo giá", "Viewed pricing and asked for a quote"),
    "two_way_conversation": ("Đã trao đổi qua điện thoại", "Talked on the phone"),
    "problem_acknowledged": ("Kiểm kho thủ công, hay sai sót", "Manual stock-taking, errors"),
    "buying_role_identified": ("Giám đốc là người quyết định", "The director decides"),
    "defined_need": ("Cần thay phần mềm cũ", "Needs to replace the old system"),
    "budget": ("Ngân sách đã được duyệt", "Budget approved"),
    "timeline": ("Muốn triển khai trước cuối quý", "Wants to go live by the end of the quarter"),
    "decision_maker": ("Giám đốc tham gia buổi họp", "The director joined the meeting"),
    "pricing_discussion": ("Đã trao đổi giá và lộ trình", "Discussed price and roll-out"),
}
BACK_NOTES = (words("Khách hoãn dự án sang năm sau|Chưa chốt được ngân sách, theo dõi lại|"
                    "Người quyết định thay đổi, làm lại từ đầu"),
              words("Project postponed to next year|Budget not confirmed, back to nurturing|"
                    "New decision maker, starting over"))  # fmt: skip
LOST_NOTES = (words("Khách tự xây dựng giải pháp nội bộ|Công ty tạm ngừng hoạt động"),
              words("Built an in-house solution|The company paused operations"))  # fmt: skip

TARGET_NAME = "Nguyễn Văn Đức"  # the README's search example: always present, never imitated
_TARGET_TERMS = tuple(fold(TARGET_NAME).split())


# For ASCII text fold() is lower case with single spaces; checked, in case fold() ever changes.
_ASCII_SHORTCUT = all(
    fold(t) == " ".join(t.lower().split())
    for t in ("Info@Hoa-Sen.COM.vn", " +84 (28) 3823-4567 ", "Blue  Harbor_Co. Ltd/VN")
)


def _terms_in(text: str) -> int:
    return sum(term in text for term in _TARGET_TERMS)


@dataclass(slots=True)
class Contact:
    """A demo contact, as the deal generator needs it."""

    id: Ref
    full_name: str
    email: str | None
    role: DecisionRole
    created_at: datetime
    folded: tuple[str, str, str]


@dataclass(slots=True)
class Org:
    """A demo organization, as the deal generator needs it."""

    id: Ref
    name: str
    brand: str
    english: bool
    industry: str
    size: int
    email: str
    domain: str | None
    abroad: bool
    created_at: datetime
    folded: tuple[str, str, str]
    contacts: list[Contact] = field(default_factory=list)


FOLD_CACHE = 200_000  # folded texts remembered
RETURNING_POOL = 50_000  # organizations a returning customer is drawn from (the newest ones)


class Parties:
    """Organizations and contacts of the demo: new ones, and customers who come back.

    Guarantees: a search for the words of ``TARGET_NAME`` finds only deals whose contact is
    exactly ``TARGET_NAME``; no organization or contact is newer than a deal that names it.
    """

    def __init__(self, rng: Random, writer: BulkWriter) -> None:
        self.rng, self.writer = rng, writer
        self.orgs: list[Org] = []
        self._replaced = 0
        self._folds: dict[str, str] = {}
        self._slugs: dict[str, str] = {}

    def fold(self, text: str | None) -> str:
        """:func:`crmdesk.domain.text.fold`, remembered for the names that keep coming back."""
        if not text:
            return ""
        if _ASCII_SHORTCUT and text.isascii():  # phones, emails: seldom the same twice
            return " ".join(text.lower().split())
        result = self._folds.get(text)
        if result is None:
            if len(self._folds) > FOLD_CACHE:
                self._folds.clear()  # a bounded memory of names: flat at a million deals
            result = self._folds[text] = fold(text)
        return result

    def slug(self, text: str) -> str:
        """Plain ASCII letters and digits: ``Hoa Sen`` gives ``hoasen``."""
        result = self._slugs.get(text)
        if result is None:
            folded = self.fold(text)
            result = self._slugs[text] = "".join(c for c in folded if c.isascii() and c.isalnum())
        return result

    def pick(self, index: int, deal_created: datetime) -> tuple[Org | None, Contact]:
        """The organization (``None`` for a private buyer) and contact of a new deal."""
        rng = self.rng
        when = deal_created - timedelta(hours=rng.uniform(0.1, 48))
        chance = 0.5 if index == 0 else rng.random()
        if chance < 0.04:
            return None, self._contact(None, when)
        if chance < 0.5 and self.orgs:
            for _ in range(3):
                org = rng.choice(self.orgs)
                if org.created_at <= deal_created:
                    known = [c for c in org.contacts if c.created_at <= deal_created]
                    if known and rng.random() < 0.65:
                        return org, rng.choice(known)
                    return org, self._contact(org, when)
        org = self._org(when, english=index != 0 and rng.random() < 0.15)
        return org, self._contact(org, when, TARGET_NAME if index == 0 else None)

    def _org(self, when: datetime, english: bool) -> Org:
        rng = self.rng
        industry = pick(rng, INDUSTRY_NAMES, INDUSTRY_CUM)
        forms, trades, low, high, _ = INDUSTRIES[industry]
        while True:
            if english:
                brand = rng.choice(EN_HEADS)
                name = f"{brand} {rng.choice(trades)} {rng.choice(EN_SUFFIXES)}"
            else:
                brand = rng.choice(BRANDS)
                if rng.random() < 0.7:
                    first, second = rng.choice(BRAND_FIRST), rng.choice(BRAND_SECOND)
                    brand = f"{first} {second}" if first != second else brand
                name = rng.choice(forms).format(b=brand)
            if _terms_in(self.fold(name)) < 2:
                break
        shop = name.startswith(SMALL_SHOPS)
        size = round(math.exp(rng.uniform(math.log(low), math.log(high))))
        size = rng.randint(1, 12) if shop else size
        abroad = english and rng.random() < 0.45
        tax = None
        if abroad:
            address, region, phone = self._abroad()
        else:
            address, region, phone, tax = self._vietnam()
        domain = None
        if shop and rng.random() < 0.6:
            email = f"{self.slug(name)}@{rng.choice(FREE_MAIL)}"
        else:
            domain = self.slug(brand) + (".com" if english else rng.choice(TLDS))
            email = f"{'info' if english else rng.choice(ORG_MAILBOXES)}@{domain}"
        folded = (self.fold(name), self.fold(email), self.fold(phone))
        org = Org(Ref(), name, brand, english, industry, size, email, domain, abroad, when,
                  folded)  # fmt: skip
        if len(self.orgs) < RETURNING_POOL:
            self.orgs.append(org)
        else:  # customers come back from a bounded pool of recent ones: memory stays flat
            self.orgs[self._replaced % RETURNING_POOL] = org
            self._replaced += 1
        self.writer.add("organizations", {
            "name": name, "industry": industry, "size": size, "region": region,
            "address": address, "tax_code": tax, "phone": phone, "email": email,
            "website": f"www.{domain}" if domain and rng.random() < 0.8 else None,
            "name_folded": folded[0], "archived": False, "created_at": when,
        }, org.id)  # fmt: skip
        return org

    def _vietnam(self) -> tuple[str, str, str, str]:
        """An address, its city, a phone (landline like ``028 3823 4567``) and a tax code."""
        rng = self.rng
        city = pick(rng, CITY_NAMES, CITY_CUM)
        area, tax, _, districts = CITIES[city]
        district, wards, streets = rng.choice(districts)
        number = str(rng.randrange(1, 400))
        if rng.random() < 0.2:
            number += rng.choice(("A", "B", f"/{rng.randrange(1, 40)}"))
        address = f"{number} {rng.choice(streets)}, {rng.choice(wards)}, {district}, {city}"
        local = f"{rng.choice('3567')}{rng.randrange(1000):03d}"
        tail = f"{rng.randrange(10000):04d}" if len(area) == 3 else f"{rng.randrange(1000):03d}"
        phone = f"{area} {local} {tail}" if rng.random() < 0.7 else self._mobile()
        return address, city, phone, f"{tax}{rng.randrange(10**8):08d}"

    def _abroad(self) -> tuple[str, str, str]:
        """A foreign address, its city and a phone number there."""
        rng = self.rng
        city = rng.choice(tuple(ABROAD))
        templates, phone = ABROAD[city]
        address = rng.choice(templates).format(
            n=rng.randint(1, 99), f=rng.randint(2, 40), u=f"{rng.randint(1, 30):02d}",
            s=rng.randint(1, 24) * 100 + rng.randint(0, 20),
        )  # fmt: skip
        d3, d4 = f"{rng.randrange(1000):03d}", f"{rng.randrange(10000):04d}"
        return address, city, phone.format(d3=d3, d4=d4)

    def _mobile(self) -> str:
        """A Vietnamese mobile number like ``0903 123 456``."""
        rng = self.rng
        head = f"{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10)}"
        return f"{head} {rng.randrange(1000):03d} {rng.randrange(1000):03d}"

    def _person(self, org: Org | None) -> tuple[str, str | None]:
        """A name and an email address fitting the organization."""
        rng = self.rng
        western = org is not None and org.english and rng.random() < 0.7
        if western:
            first, last = rng.choice(WESTERN_FIRST), rng.choice(WESTERN_LAST)
            full, parts = f"{first} {last}", [first.lower(), last.lower()]
        else:
            family = pick(rng, FAMILY, FAMILY_CUM)
            male = rng.random() < 0.5
            middle = rng.choice(MALE_MIDDLE if male else FEMALE_MIDDLE)
            if middle == "Thị" and rng.random() < 0.25:
                middle = f"Thị {rng.choice(('Thu', 'Ngọc', 'Kim', 'Thanh', 'Minh'))}"
            given = middle
            while middle.endswith(given):
                given = rng.choice(MALE_GIVEN if male else FEMALE_GIVEN)
            full = f"{family} {middle} {given}"
            parts = [self.slug(w) for w in full.split()]
        if org is not None and org.domain and rng.random() < 0.82:
            first, last = (parts[0], parts[1]) if western else (parts[-1], parts[0])
            initials = "" if western else "".join(p[0] for p in parts[:-1])
            local = rng.choice((f"{first}.{last}", first + initials, f"{last}.{first}"))
            return full, f"{local}@{org.domain}"
        if rng.random() < 0.3:
            return full, None
        local = rng.choice(("".join(parts), f"{parts[-1]}.{parts[0]}", "".join(parts[::-1])))
        year = rng.randrange(70, 100) if rng.random() < 0.6 else ""
        return full, f"{local}{year}@{rng.choice(FREE_MAIL)}"

    def _contact(self, org: Org | None, when: datetime, name: str | None = None) -> Contact:
        rng = self.rng
        title: str | None
        if org is None:
            title, role = None, DM  # a private buyer decides alone
        elif org.english:
            title, role = pick(rng, EN_TITLES, EN_TITLES_CUM)
        else:
            title, role = pick(rng, VI_TITLES, VI_TITLES_CUM)
        phone = None if org is not None and org.abroad else self._mobile()
        if name is not None:
            full, email = name, f"ducnv@{org.domain}" if org and org.domain else None
            title, role = "Giám đốc", DM
        else:
            outer = " ".join(org.folded) if org else ""
            while True:  # never a look-alike of TARGET_NAME in search
                full, email = self._person(org)
                probe = f"{outer} {self.fold(full)} {self.fold(email)}"
                if full == TARGET_NAME or _terms_in(probe) < 3:
                    break
        folded = (self.fold(full), self.fold(email), self.fold(phone))
        contact = Contact(Ref(), full, email, role, when, folded)
        if org is not None:
            org.contacts.append(contact)
        self.writer.add("contacts", {
            "organization_id": org.id if org else None, "full_name": full,
            "job_title": title, "email": email, "phone": phone, "decision_role": role,
            "name_folded": folded[0], "archived": False, "created_at": when,
        }, contact.id)  # fmt: skip
        return contact

    def title(
        self, org: Org | None, contact: Contact, english: bool
    ) -> tuple[tuple[str, str, int, int], str, str]:
        """A product, the deal title naming it, and the deal's search key."""
        parts = (*(org.folded if org else ()), *contact.folded)
        while True:
            product = self.rng.choice(PRODUCTS)
            title = f"{product[english]} – {org.brand if org else contact.full_name}"
            key = " | ".join(p for p in (self.fold(title), *parts) if p)
            if contact.full_name == TARGET_NAME or _terms_in(key) < 3:
                return product, title, key

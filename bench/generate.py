#!/usr/bin/env python3
"""Generates a realistic data set for the benchmarks: articles in 10 categories and documents of
the library, as CSV files that bench/dataset.sh loads into the portal's database.

Text is Vietnamese of realistic length, recombined from the portal's own demo content (sentences
of the demo articles and summaries of the demo documents), with names, places and years varied.
The same arguments always give the same data (fixed random seed).

Usage: bench/generate.py OUT_DIR [ARTICLES=100000] [DOCUMENTS=5000]
"""
import csv
import html
import os
import random
import re
import sys
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DEMO = os.path.join(ROOT, "src", "main", "resources", "demo")

# The six demo categories and four more: ten in all.
NEW_CATEGORIES = [
    ("Nông nghiệp - Nông thôn", "Kinh tế hợp tác trong nông nghiệp và xây dựng nông thôn mới."),
    ("Đào tạo - Tập huấn", "Đào tạo, bồi dưỡng cán bộ quản lý và thành viên hợp tác xã."),
    ("Chuyển đổi số", "Ứng dụng công nghệ thông tin và chuyển đổi số trong hợp tác xã."),
    ("Hợp tác quốc tế", "Hợp tác, học tập kinh nghiệm phát triển hợp tác xã ở nước ngoài."),
]
DEMO_CATEGORIES = ["tin-tuc-su-kien", "hoat-dong-htx", "chinh-sach-phap-luat", "khen-thuong-xu-phat",
                   "mo-hinh-hieu-qua", "xuc-tien-thuong-mai"]

NAMES = ["Tân Tiến", "Bình Minh", "Hòa Bình", "Quyết Thắng", "Đồng Tâm", "Thành Công", "Tân Hương",
         "Hưng Thịnh", "Phú Xuân", "An Khánh", "Đoàn Kết", "Thắng Lợi", "Hợp Thành", "Nam Sơn",
         "Tiên Phong", "Minh Đức", "Phúc Lộc", "Trường Xuân", "Vạn Phúc", "Sơn Thủy"]
KINDS = ["nông nghiệp", "dịch vụ nông nghiệp", "thủy sản", "chè", "rau an toàn", "dược liệu",
         "chăn nuôi", "vận tải", "tín dụng", "thủ công mỹ nghệ", "môi trường", "nước sạch"]
ACTIONS = ["mở rộng", "ra mắt", "liên kết tiêu thụ", "ứng dụng công nghệ cao cho", "đạt chứng nhận VietGAP cho",
           "xây dựng thương hiệu", "chuyển đổi số trong quản lý", "tổng kết mô hình", "đầu tư máy móc cho",
           "hoàn thành đăng ký lại", "giới thiệu sản phẩm", "tập huấn kỹ thuật"]
OBJECTS = ["vùng lúa hữu cơ", "sản phẩm chè xanh", "mô hình nuôi tôm an toàn sinh học", "vùng rau an toàn",
           "sản phẩm OCOP", "chuỗi giá trị cá rô đồng", "vườn cây ăn quả", "dịch vụ làm đất", "kho lạnh bảo quản",
           "phần mềm kế toán trực tuyến", "hệ thống tưới tiết kiệm", "gian hàng tại hội chợ"]
PLACES = ["huyện Tiên Lữ", "huyện Kim Động", "thị xã Mỹ Hào", "huyện Văn Lâm", "huyện Khoái Châu",
          "huyện Ân Thi", "huyện Phù Cừ", "thành phố Hưng Yên", "huyện Yên Mỹ", "huyện Văn Giang"]
SIGNATURES = ["PKH", "Minh Anh", "Thu Hà", "Quang Huy", "Ngọc Lan", "Văn Nam", "Hải Yến", "Đức Thịnh"]

DOC_TYPES = [("Quyết định", "QĐ"), ("Kế hoạch", "KH"), ("Thông báo", "TB"), ("Công văn", "CV"),
             ("Báo cáo", "BC"), ("Hướng dẫn", "HD"), ("Chỉ thị", "CT")]
DOC_ISSUERS = [("Liên minh Hợp tác xã tỉnh", "LMHTX"), ("Ủy ban nhân dân tỉnh", "UBND"),
               ("Liên minh Hợp tác xã Việt Nam", "LMHTXVN"), ("Bộ Kế hoạch và Đầu tư", "BKHĐT")]
DOC_SUBJECTS = ["phát triển hợp tác xã nông nghiệp", "hỗ trợ hợp tác xã chuyển đổi số",
                "thi đua, khen thưởng khu vực kinh tế tập thể", "đăng ký lại hợp tác xã theo Luật Hợp tác xã",
                "quản lý và sử dụng Quỹ hỗ trợ phát triển hợp tác xã", "tuyên truyền về kinh tế tập thể",
                "tổ chức hội chợ sản phẩm hợp tác xã", "đào tạo cán bộ quản lý hợp tác xã",
                "xây dựng mô hình hợp tác xã kiểu mới", "báo cáo tình hình hoạt động của hợp tác xã"]


def slug(text):
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    folded = "".join(c for c in folded if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def demo_sentences():
    sentences = []
    folder = os.path.join(DEMO, "articles")
    for name in sorted(os.listdir(folder)):
        text = open(os.path.join(folder, name), encoding="utf-8").read()
        if "status: DRAFT" in text:
            continue
        body = text.split("\n---\n", 1)[1]
        for paragraph in re.findall(r"<p>(.*?)</p>", body, re.S):
            plain = html.unescape(re.sub(r"<[^>]+>", "", paragraph)).strip()
            sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+", plain) if len(s.strip()) > 40]
    for line in open(os.path.join(DEMO, "documents.tsv"), encoding="utf-8"):
        if not line.startswith("#") and line.strip():
            summary = line.split("\t")[8].strip()
            if summary.startswith("Về việc"):
                sentences.append("Văn bản " + summary[0].lower() + summary[1:] + ".")
            else:
                sentences.append("Theo " + summary[0].lower() + summary[1:] + ".")
    return sentences


def article_title(rng):
    title = f"Hợp tác xã {rng.choice(KINDS)} {rng.choice(NAMES)} {rng.choice(ACTIONS)} {rng.choice(OBJECTS)}"
    if rng.random() < 0.5:
        title += f" tại {rng.choice(PLACES)}"
    return title[0].upper() + title[1:]


def article_body(rng, sentences, title):
    paragraphs = [f"{title}. Đây là kết quả của quá trình phấn đấu bền bỉ của cán bộ, thành viên hợp tác xã."]
    for _ in range(rng.randint(6, 12)):
        chosen = " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 4)))
        chosen = chosen.replace("Tân Tiến", rng.choice(NAMES)).replace("2026", str(rng.randint(2012, 2026)))
        paragraphs.append(html.escape(chosen, quote=False))
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def main():
    out = sys.argv[1]
    articles = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    documents = int(sys.argv[3]) if len(sys.argv) > 3 else 5_000
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261127)
    sentences = demo_sentences()

    with open(os.path.join(out, "categories.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["name", "slug", "description", "sort_order"])
        for i, (name, description) in enumerate(NEW_CATEGORIES):
            w.writerow([name, slug(name), description, 100 + 10 * i])
    categories = DEMO_CATEGORIES + [slug(n) for n, _ in NEW_CATEGORIES]

    with open(os.path.join(out, "articles.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["category_slug", "title", "slug", "lead_text", "body", "author_signature", "published_at"])
        for i in range(articles):
            title = article_title(rng)
            lead = rng.choice(sentences)
            published = (f"{rng.randint(2012, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
                         f"{rng.randint(6, 20):02d}:{rng.randint(0, 59):02d}:00+07")
            w.writerow([categories[i % len(categories)], title, f"{slug(title)[:100]}-{i}", lead,
                        article_body(rng, sentences, title), rng.choice(SIGNATURES), published])

    with open(os.path.join(out, "documents.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["doc_number", "slug", "summary", "issue_date", "type_name", "issuer_name", "full_text"])
        for i in range(documents):
            type_name, type_code = rng.choice(DOC_TYPES)
            issuer_name, issuer_code = rng.choice(DOC_ISSUERS)
            year = rng.randint(2010, 2026)
            number = f"{i + 1000}/{type_code}-{issuer_code}"
            summary = f"{type_name} về việc {rng.choice(DOC_SUBJECTS)} năm {year}"
            full_text = " ".join(rng.choice(sentences) for _ in range(rng.randint(3, 8)))
            w.writerow([number, f"{slug(number)}-{year}", summary,
                        f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                        type_name, issuer_name, full_text])


if __name__ == "__main__":
    main()

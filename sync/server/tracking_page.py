"""The citizen's public tracking page: ``GET /track/{code}?t=TOKEN`` — the address the receipt's QR encodes.

No station token: the tracking code and the access token printed on the receipt open the page. The page
shows the case's status timeline, the agency it went to, the promised response date and a masked name —
nothing else personal. A wrong or missing token, and an unknown code, get the same "not found" page (same
status, same words), compared in constant time (``Central.track``). Look-ups are rate-limited per address,
and wrong tokens more strictly, answering 429 with ``Retry-After``.

Thai by default, English with ``lang=en``; one small self-contained HTML page (no script, inline CSS),
readable on a phone. It sends ``Referrer-Policy: no-referrer`` (the token is in the address) and
``Cache-Control: no-store``.

``POST /track/{code}/survey`` takes the satisfaction rating (1–5) and an optional comment, once per case;
it flows back to the counter through ``/v1/updates``.
"""

# No ``from __future__ import annotations``: FastAPI reads the route annotations at definition time.
import html
import logging
from collections.abc import Mapping
from datetime import datetime
from typing import Annotated
from urllib.parse import parse_qs, quote

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from app.domain.reference import ReferenceData
from app.domain.thaidate import format_date_en, format_datetime_en, format_thai_date, format_thai_datetime
from app.domain.tracking import access_token_digest, format_tracking_code
from sync.protocol import CentralStatus, FieldError
from sync.server.central import Central, TrackedCase
from sync.server.limits import AddressLimiter
from sync.server.responses import RETRY_AFTER
from sync.server.validation import SURVEY_COMMENT_MAX, check_text

log = logging.getLogger("psc.central")

# Look-ups one address may make: a citizen reloads a few times; a scraper walking codes makes thousands.
LOOKUP_LIMIT = 60
LOOKUP_WINDOW_S = 60.0
# Wrong tokens (or unknown codes) one address may try before it must wait.
MISS_LIMIT = 10
MISS_WINDOW_S = 600.0
_MAX_FORM_BYTES = 8 * 1024
_MAX_FIELD = 40  # a tracking code or access token as typed, with separators

_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Robots-Tag": "noindex",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
}

_TEXT: Mapping[str, Mapping[str, str]] = {
    "th": {
        "title": "ติดตามเรื่อง · ศูนย์บริการประชาชน 1111",
        "center": "ศูนย์บริการประชาชน สำนักงานปลัดสำนักนายกรัฐมนตรี",
        "code": "เลขรับเรื่อง",
        "ref": "เลขเรื่องของศูนย์",
        "name": "ผู้ยื่นเรื่อง",
        "status": "สถานะ",
        "agency": "หน่วยงานที่รับผิดชอบ",
        "promised": "กำหนดตอบภายใน",
        "timeline": "ความคืบหน้า",
        "not_found": "ไม่พบเรื่อง หรือรหัสติดตามไม่ถูกต้อง",
        "not_found_help": "ตรวจเลขรับเรื่องและรหัสติดตามบนใบรับเรื่อง หรือโทร 1111",
        "busy": "มีการเรียกดูมากเกินไป กรุณาลองใหม่ภายหลัง",
        "survey": "ความพึงพอใจต่อการให้บริการ",
        "rating": "คะแนน (1 = น้อยที่สุด, 5 = มากที่สุด)",
        "comment": "ข้อเสนอแนะ (ไม่บังคับ)",
        "send": "ส่งความคิดเห็น",
        "thanks": "ขอบคุณสำหรับความคิดเห็น",
        "surveyed": "ท่านได้ให้คะแนนความพึงพอใจเรื่องนี้แล้ว ขอบคุณครับ/ค่ะ",
        "survey_bad": "กรุณาเลือกคะแนน 1–5 และพิมพ์ข้อเสนอแนะไม่เกิน 1,000 ตัวอักษร",
        "other": "English",
        "help": "สอบถามเพิ่มเติม สายด่วน 1111 · LINE @PSC1111",
        "none": "—",
    },
    "en": {
        "title": "Track a case · Government Complaint Center 1111",
        "center": "Government Complaint Center, Office of the Permanent Secretary, Prime Minister's Office",
        "code": "Tracking code",
        "ref": "Center case number",
        "name": "Submitted by",
        "status": "Status",
        "agency": "Responsible agency",
        "promised": "Response promised by",
        "timeline": "Progress",
        "not_found": "No case found, or the access code is wrong",
        "not_found_help": "Check the tracking code and access code on your receipt, or call 1111",
        "busy": "Too many look-ups. Please try again later",
        "survey": "How satisfied are you with our service?",
        "rating": "Rating (1 = least, 5 = most)",
        "comment": "Comments (optional)",
        "send": "Send",
        "thanks": "Thank you for your feedback",
        "surveyed": "You have already rated this case. Thank you",
        "survey_bad": "Please choose a rating of 1–5 and keep comments under 1,000 characters",
        "other": "ภาษาไทย",
        "help": "Questions: hotline 1111 · LINE @PSC1111",
        "none": "—",
    },
}

STATUS_LABELS: Mapping[str, Mapping[CentralStatus, str]] = {
    "th": {
        CentralStatus.RECEIVED: "รับเรื่องแล้ว",
        CentralStatus.FORWARDED: "ส่งต่อหน่วยงานแล้ว",
        CentralStatus.IN_PROGRESS: "อยู่ระหว่างดำเนินการ",
        CentralStatus.RESOLVED: "ดำเนินการแล้วเสร็จ",
        CentralStatus.CLOSED: "ยุติเรื่อง",
    },
    "en": {
        CentralStatus.RECEIVED: "Received",
        CentralStatus.FORWARDED: "Forwarded to the agency",
        CentralStatus.IN_PROGRESS: "In progress",
        CentralStatus.RESOLVED: "Resolved",
        CentralStatus.CLOSED: "Closed",
    },
}

_CSS = """
body{margin:0;font-family:"Sarabun","Loma","Garuda","Noto Sans Thai",sans-serif;background:#f3f5f8;
color:#1d2733;font-size:17px;line-height:1.5}
header{background:#1f3b63;color:#fff;padding:14px 16px}
header h1{font-size:19px;margin:0}header p{margin:2px 0 0;font-size:13px;opacity:.85}
main{max-width:640px;margin:0 auto;padding:12px}
.card{background:#fff;border-radius:10px;padding:14px 16px;margin:12px 0;box-shadow:0 1px 3px #0002}
dl{margin:0}dt{font-size:13px;color:#5a6775}dd{margin:0 0 8px;font-weight:600}
.code{font-size:22px;letter-spacing:1px}
.status{display:inline-block;background:#e1f0e4;color:#14532d;border-radius:14px;padding:2px 12px}
ol{padding-left:20px;margin:4px 0}li{margin:4px 0}li small{color:#5a6775;display:block}
.warn{color:#8a1c1c}.ok{color:#14532d}
fieldset{border:0;padding:0;margin:8px 0}label{margin-right:10px;white-space:nowrap}
textarea{width:100%;box-sizing:border-box;font:inherit;min-height:70px}
button{font:inherit;background:#1f3b63;color:#fff;border:0;border-radius:8px;padding:8px 18px}
footer{font-size:13px;color:#5a6775;text-align:center;padding:8px 12px 24px}
a{color:#1f3b63}
"""


def _lang(value: str | None) -> str:
    return "en" if value == "en" else "th"


class _Page:
    def __init__(self, central: Central, reference: ReferenceData) -> None:
        self.central = central
        self.reference = reference

    def agency_name(self, code: str, lang: str) -> str:
        agency = self.reference.agency(code) if code else None
        if agency is None:
            return code
        return agency.name_en if lang == "en" and agency.name_en else agency.name_th

    def when(self, moment: datetime, lang: str) -> str:
        return format_datetime_en(moment, be=False) if lang == "en" else format_thai_datetime(moment)

    def render(
        self,
        lang: str,
        code: str,
        token: str,
        case: TrackedCase | None,
        *,
        message: str = "",
        message_ok: bool = True,
        busy: bool = False,
    ) -> str:
        t = _TEXT[lang]
        e = html.escape
        other = "th" if lang == "en" else "en"
        switch = f"/track/{quote(code)}?t={quote(token)}&lang={other}"
        parts = [
            "<!doctype html>",
            f'<html lang="{lang}"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="referrer" content="no-referrer">',
            f"<title>{e(t['title'])}</title><style>{_CSS}</style></head><body>",
            f"<header><h1>{e(t['title'])}</h1><p>{e(t['center'])}</p></header><main>",
        ]
        if busy:
            parts.append(f'<div class="card warn" id="busy">{e(t["busy"])}</div>')
        elif case is None:
            parts.append(
                f'<div class="card" id="not-found"><p class="warn"><b>{e(t["not_found"])}</b></p>'
                f"<p>{e(t['not_found_help'])}</p></div>"
            )
        else:
            parts.append(self._case(lang, case))
            if message:
                cls = "ok" if message_ok else "warn"
                parts.append(f'<div class="card {cls}" id="survey-message">{e(message)}</div>')
            if case.surveyed:
                if not message:
                    parts.append(f'<div class="card ok" id="surveyed">{e(t["surveyed"])}</div>')
            else:
                parts.append(self._survey_form(lang, code, token))
        parts.append(
            f'<footer><p><a href="{e(switch)}" id="lang-switch" hreflang="{other}">{e(t["other"])}</a></p>'
            f"<p>{e(t['help'])}</p></footer></main></body></html>"
        )
        return "".join(parts)

    def _case(self, lang: str, case: TrackedCase) -> str:
        t = _TEXT[lang]
        e = html.escape
        labels = STATUS_LABELS[lang]
        promised = "—"
        if case.promised_by is not None:
            promised = (
                format_date_en(case.promised_by) if lang == "en" else format_thai_date(case.promised_by)
            )
        rows = [
            (t["code"], f'<span class="code">{e(format_tracking_code(case.tracking_code))}</span>'),
            (t["ref"], e(case.central_ref)),
            (t["name"], e(case.masked_name or t["none"])),
            (t["status"], f'<span class="status" id="status">{e(labels[case.status])}</span>'),
            (t["agency"], f'<span id="agency">{e(self.agency_name(case.agency, lang) or t["none"])}</span>'),
            (t["promised"], e(promised)),
        ]
        items = []
        for status, agency, at in case.timeline:
            extra = f" · {e(self.agency_name(agency, lang))}" if agency else ""
            items.append(f"<li>{e(labels[status])}{extra}<small>{e(self.when(at, lang))}</small></li>")
        return (
            '<div class="card" id="case"><dl>'
            + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
            + f'</dl></div><div class="card"><b>{e(t["timeline"])}</b><ol id="timeline">'
            + "".join(items)
            + "</ol></div>"
        )

    @staticmethod
    def _survey_form(lang: str, code: str, token: str) -> str:
        t = _TEXT[lang]
        e = html.escape
        radios = "".join(
            f'<label><input type="radio" name="rating" value="{n}" required> {n}</label>' for n in range(1, 6)
        )
        return (
            f'<div class="card" id="survey"><b>{e(t["survey"])}</b>'
            f'<form method="post" action="/track/{e(quote(code))}/survey">'
            f'<input type="hidden" name="t" value="{e(token)}">'
            f'<input type="hidden" name="lang" value="{lang}">'
            f"<fieldset><legend>{e(t['rating'])}</legend>{radios}</fieldset>"
            f'<label for="comment">{e(t["comment"])}</label>'
            f'<textarea id="comment" name="comment" maxlength="{SURVEY_COMMENT_MAX}"></textarea>'
            f'<p><button type="submit" id="send">{e(t["send"])}</button></p></form></div>'
        )


_PAGE_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {"content": {"text/html": {"schema": {"type": "string"}}}, "description": "the case"},
    404: {
        "content": {"text/html": {"schema": {"type": "string"}}},
        "description": "no case for this code+token",
    },
    429: {
        "content": {"text/html": {"schema": {"type": "string"}}},
        "description": "too many look-ups from this address",
        "headers": RETRY_AFTER,
    },
}


def tracking_router(
    central: Central,
    lookups: AddressLimiter | None = None,
    misses: AddressLimiter | None = None,
) -> APIRouter:
    """The public tracking page and its survey form, over ``central``."""
    lookups = lookups or AddressLimiter(LOOKUP_LIMIT, LOOKUP_WINDOW_S)
    misses = misses or AddressLimiter(MISS_LIMIT, MISS_WINDOW_S)
    page = _Page(central, ReferenceData.load_bundled())
    router = APIRouter()

    def addr(request: Request) -> str:
        return request.client.host if request.client is not None else "unknown"

    def answer(body: str, status: int, retry_after: int | None = None) -> HTMLResponse:
        headers = dict(_HEADERS)
        if retry_after is not None:
            headers["Retry-After"] = str(retry_after)
        return HTMLResponse(body, status_code=status, headers=headers)

    def look_up(request: Request, code: str, token: str) -> tuple[TrackedCase | None, int | None]:
        """The case, or why not: ``(None, seconds)`` when this address must wait first."""
        code, token = code[:_MAX_FIELD], token[:_MAX_FIELD]
        who = addr(request)
        wait = lookups.retry_after(who) or misses.retry_after(who)
        if wait is not None:
            return None, wait
        lookups.hit(who)
        case = central.track(code, access_token_digest(token)) if token else None
        if case is None:
            misses.hit(who)
        return case, None

    # No length limits in the schema: an over-long code or token is simply not found (same page as a wrong
    # one), rather than a JSON error on a page meant for people.
    Code = Annotated[str, Path(description="tracking code (any grouping) or case number")]
    Lang = Annotated[str | None, Query(description="th (default) or en")]

    @router.get("/track/{code}", response_class=HTMLResponse, responses=_PAGE_RESPONSES)
    def track_page(
        request: Request,
        code: Code,
        t: Annotated[str, Query(description="the access code from the receipt")] = "",
        lang: Lang = None,
    ) -> HTMLResponse:
        """The citizen's tracking page (Thai; ``lang=en`` for English)."""
        language = _lang(lang)
        code, t = code[:_MAX_FIELD], t[:_MAX_FIELD]
        case, wait = look_up(request, code, t)
        if wait is not None:
            return answer(page.render(language, code, t, None, busy=True), 429, wait)
        return answer(page.render(language, code, t, case), 200 if case is not None else 404)

    @router.post(
        "/track/{code}/survey",
        response_class=HTMLResponse,
        responses=_PAGE_RESPONSES,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/x-www-form-urlencoded": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "t": {"type": "string", "maxLength": 40},
                                "rating": {"type": "string", "enum": ["1", "2", "3", "4", "5"]},
                                "comment": {"type": "string", "maxLength": SURVEY_COMMENT_MAX},
                                "lang": {"type": "string", "enum": ["th", "en"]},
                            },
                            "required": ["t", "rating"],
                        }
                    }
                },
            }
        },
    )
    async def survey(request: Request, code: Code) -> HTMLResponse:
        """The satisfaction rating from the page, once per case."""
        code = code[:_MAX_FIELD]
        raw = await request.body()
        try:
            fields = parse_qs(raw[:_MAX_FORM_BYTES].decode("utf-8", "replace"), max_num_fields=10)
        except ValueError:  # more fields than the form has: not our form, treated as an empty one
            fields = {}
        first = {k: v[0] for k, v in fields.items() if v}
        token = first.get("t", "")[:40]
        language = _lang(first.get("lang"))
        case, wait = look_up(request, code, token)
        if wait is not None:
            return answer(page.render(language, code, token, None, busy=True), 429, wait)
        if case is None:
            return answer(page.render(language, code, token, None), 404)
        rating_text = first.get("rating", "")
        comment = first.get("comment", "").strip()
        problems: list[FieldError] = []
        check_text("comment", comment, problems)
        if rating_text not in {"1", "2", "3", "4", "5"} or problems:
            return answer(
                page.render(
                    language, code, token, case, message=_TEXT[language]["survey_bad"], message_ok=False
                ),
                200,
            )
        stored = central.submit_survey(code, access_token_digest(token), int(rating_text), comment)
        refreshed = central.track(code, access_token_digest(token)) or case
        text = _TEXT[language]["thanks"] if stored else _TEXT[language]["surveyed"]
        return answer(page.render(language, code, token, refreshed, message=text, message_ok=stored), 200)

    return router

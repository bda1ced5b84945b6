"""Media files as evidence: sniff the kind from magic bytes, read photo metadata (EXIF), make thumbnails.

Pure functions over bytes or paths (Pillow and pillow-heif); nothing here touches the database or Qt.
Hostile input is reported as :class:`MediaRejected` with a stable ``reason`` code.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from inspector import clock
from inspector.errors import Error, Verbatim

try:  # HEIC/HEIF photos from phones
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIF = True
except ImportError:  # pragma: no cover - dependency is declared; keep the rest working without it
    HEIF = False

# reason codes a caller can show and test against
CORRUPT = "corrupt"
EMPTY = "empty"
NOT_IMAGE = "not_image"
BOMB = "decompression_bomb"
UNSUPPORTED = "unsupported"
UNREADABLE = "unreadable"
TOO_LARGE = "too_large"
DUPLICATE = "duplicate"

REASON_TEXT = {
    CORRUPT: "图片文件损坏或不完整",
    EMPTY: "空文件（0 字节）",
    NOT_IMAGE: "扩展名表明是图片，但内容不是图片",
    BOMB: "图片像素数超过上限（疑似解压炸弹）",
    UNSUPPORTED: "不支持的文件格式",
    UNREADABLE: "文件无法读取",
    TOO_LARGE: "文件超过大小上限",
    DUPLICATE: "同一检查/案件中已有相同照片",
}

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".tif", ".tiff", ".gif", ".bmp"}
DEFAULT_MAX_PIXELS = 200_000_000


# details a refusal may add to its reason, as templates (an interface translates them)
DETAIL_NOT_REGULAR = "不是普通文件"
DETAIL_NO_SUFFIX = "无扩展名"
DETAIL_SIZE = "{0} MB，上限 {1} MB"
DETAIL_PIXELS = "{0}×{1} 像素，上限 {2} 百万像素"
DETAIL_SAME_AS = "与已有的 {0} 内容相同"
DETAIL_TEXTS = (DETAIL_NOT_REGULAR, DETAIL_NO_SUFFIX, DETAIL_SIZE, DETAIL_PIXELS, DETAIL_SAME_AS)
# one refused file: its name and the reason (the reason and its detail, where there is one)
REJECTED_FILE = "{0}：{1}"


class MediaRejected(Error):
    """A file cannot be accepted as evidence; ``reason`` is one of the codes above, ``detail`` a template of
    :data:`DETAIL_TEXTS` (or a file format, a system's words for a read error) with its ``args``.

    What a picture library says of a damaged file is not passed on: the reason says it is damaged, and the
    library's English words would tell an officer nothing more."""

    code = "media_rejected"

    def __init__(self, reason: str, detail: str = "", *args: object) -> None:
        words = detail.format(*args) if args else detail
        super().__init__(f"{REASON_TEXT.get(reason, reason)}{('：' + words) if words else ''}", reason=reason)
        self.reason = reason
        self.detail = words
        self.detail_parts: tuple[str, tuple[object, ...]] = (detail, args)


@dataclass(frozen=True)
class Sniffed:
    kind: str  # photo, video, audio
    mime: str


def sniff(head: bytes) -> Sniffed | None:
    """The kind and MIME type from a file's first bytes, or None when the format is not one we accept."""
    if head.startswith(b"\xff\xd8\xff"):
        return Sniffed("photo", "image/jpeg")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Sniffed("photo", "image/png")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Sniffed("photo", "image/webp")
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return Sniffed("photo", "image/tiff")
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return Sniffed("photo", "image/gif")
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif"):
            return Sniffed("photo", "image/avif" if brand == b"avif" else "image/heic")
        if brand in (b"M4A ", b"M4B "):
            return Sniffed("audio", "audio/mp4")
        if brand == b"qt  ":
            return Sniffed("video", "video/quicktime")
        if brand[:2] == b"3g":
            return Sniffed("video", "video/3gpp")
        return Sniffed("video", "video/mp4")
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return Sniffed("video", "video/x-msvideo")
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return Sniffed("audio", "audio/wav")
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return Sniffed("video", "video/x-matroska")
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return Sniffed("audio", "audio/mpeg")
    if head.startswith(b"OggS"):
        return Sniffed("audio", "audio/ogg")
    if head.startswith(b"fLaC"):
        return Sniffed("audio", "audio/flac")
    if head.startswith(b"#!AMR"):
        return Sniffed("audio", "audio/amr")
    return None


@dataclass(frozen=True)
class PhotoInfo:
    """What a photo says about itself. ``taken_at`` is UTC ISO (EXIF local time read as China time)."""

    width: int
    height: int
    taken_at: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    camera: str = ""
    orientation: int | None = None


_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_DATETIME_ORIGINAL = 36867
_OFFSET_TIME_ORIGINAL = 36881
_DATETIME = 306
_MAKE = 271
_MODEL = 272
_ORIENTATION = 274


def _open(source: bytes | str | Path, *, max_pixels: int) -> Image.Image:
    """Open an image (header only), refusing decompression bombs before any pixel is decoded."""
    fp = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(fp)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise MediaRejected(BOMB) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise MediaRejected(CORRUPT) from exc
    w, h = img.size
    if w <= 0 or h <= 0:
        raise MediaRejected(CORRUPT)
    if w * h > max_pixels:
        raise MediaRejected(BOMB, DETAIL_PIXELS, w, h, max_pixels // 1_000_000)
    return img


def _rational(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError, ZeroDivisionError):
        num, den = value
        return num / den


def gps_to_decimal(dms, ref: str | None) -> float | None:
    """(degrees, minutes, seconds) and a N/S/E/W reference to signed decimal degrees."""
    try:
        d, m, s = (_rational(v) for v in dms)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    value = d + m / 60 + s / 3600
    if ref and ref.strip().upper() in ("S", "W"):
        value = -value
    return round(value, 7)


def _exif_time(raw: str | None, offset: str | None) -> str | None:
    if not raw or not isinstance(raw, str):
        return None
    try:
        value = dt.datetime.strptime(raw.strip().rstrip("\x00")[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    tz = clock.LOCAL_TZ
    if offset and isinstance(offset, str):
        try:
            sign = -1 if offset.strip().startswith("-") else 1
            hh, mm = offset.strip().lstrip("+-").split(":")
            tz = dt.timezone(sign * dt.timedelta(hours=int(hh), minutes=int(mm)))
        except ValueError:
            pass
    return clock.iso(value.replace(tzinfo=tz))


def photo_info(img: Image.Image) -> PhotoInfo:
    """Pixel size and EXIF fields of an opened image (no pixel decoding)."""
    width, height = img.size
    try:
        exif = img.getexif()
    except Exception:  # noqa: BLE001 - a broken EXIF block is not a broken photo; keep the pixels
        exif = Image.Exif()
    sub = exif.get_ifd(_EXIF_IFD) if exif else {}
    gps = exif.get_ifd(_GPS_IFD) if exif else {}
    taken = _exif_time(sub.get(_DATETIME_ORIGINAL) or exif.get(_DATETIME), sub.get(_OFFSET_TIME_ORIGINAL))
    lat = lon = None
    if gps and 2 in gps and 4 in gps:
        lat = gps_to_decimal(gps[2], gps.get(1))
        lon = gps_to_decimal(gps[4], gps.get(3))
    make = str(exif.get(_MAKE) or "").strip().rstrip("\x00")
    model = str(exif.get(_MODEL) or "").strip().rstrip("\x00")
    camera = model if not make or model.lower().startswith(make.lower()) else f"{make} {model}"
    orientation = exif.get(_ORIENTATION)
    return PhotoInfo(
        width,
        height,
        taken,
        lat,
        lon,
        camera,
        int(orientation) if isinstance(orientation, int) and 1 <= orientation <= 8 else None,
    )


def thumbnail(img: Image.Image, size: int) -> Image.Image:
    """A small RGB copy, EXIF-rotated. JPEGs decode at a reduced scale (draft mode): 1/8 of the work.

    Decoding reads the whole compressed stream, so a truncated or corrupt file fails here.
    """
    # Some libraries (WeasyPrint, on import) switch Pillow to accepting truncated images process-wide.
    # Evidence must never accept a truncated file, whatever else was loaded: insist on strict decoding.
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        if img.format == "JPEG":
            img.draft("RGB", (size, size))
        img.load()
        small = ImageOps.exif_transpose(img) if img.getexif().get(_ORIENTATION, 1) != 1 else img
        small = small.convert("RGB") if small.mode != "RGB" else small.copy()
        small.thumbnail((size, size), Image.Resampling.BILINEAR)
    except MediaRejected:
        raise
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError, EOFError) as exc:
        raise MediaRejected(CORRUPT) from exc
    return small


@dataclass(frozen=True)
class Analysis:
    """Everything the evidence import needs from one file's bytes."""

    kind: str
    mime: str
    info: PhotoInfo | None
    thumb_jpeg: bytes | None


def analyse(
    data: bytes | str | Path,
    *,
    head: bytes,
    filename: str,
    thumb_size: int = 256,
    max_pixels: int = DEFAULT_MAX_PIXELS,
) -> Analysis:
    """Sniff, read metadata and make a thumbnail; raises :class:`MediaRejected` for hostile input."""
    sniffed = sniff(head)
    if sniffed is None:
        if Path(filename).suffix.lower() in IMAGE_SUFFIXES:
            raise MediaRejected(NOT_IMAGE)
        suffix = Path(filename).suffix
        raise (
            MediaRejected(UNSUPPORTED, "{0}", Verbatim(suffix))
            if suffix
            else MediaRejected(UNSUPPORTED, DETAIL_NO_SUFFIX)
        )
    if sniffed.kind != "photo":
        return Analysis(sniffed.kind, sniffed.mime, None, None)
    if sniffed.mime == "image/heic" and not HEIF:  # pragma: no cover
        raise MediaRejected(UNSUPPORTED, "{0}", Verbatim("HEIC"))
    img = _open(data, max_pixels=max_pixels)
    try:
        info = photo_info(img)
        small = thumbnail(img, thumb_size)
    finally:
        img.close()
    out = io.BytesIO()
    small.save(out, "JPEG", quality=80)
    return Analysis("photo", sniffed.mime, info, out.getvalue())


def open_oriented(source: bytes | str | Path, *, max_pixels: int = DEFAULT_MAX_PIXELS) -> Image.Image:
    """The full-size photo, decoded and turned upright per its EXIF orientation (for viewers)."""
    img = _open(source, max_pixels=max_pixels)
    try:
        img.load()
        return ImageOps.exif_transpose(img)
    except (OSError, SyntaxError, ValueError) as exc:
        raise MediaRejected(CORRUPT) from exc


def make_jpeg(
    width: int,
    height: int,
    *,
    taken: dt.datetime | None = None,
    lat: float | None = None,
    lon: float | None = None,
    camera: str = "",
    orientation: int | None = None,
    color: tuple[int, int, int] = (90, 120, 150),
    quality: int = 85,
    seed: int = 0,
) -> bytes:
    """A synthetic JPEG photo with EXIF (demo data and tests): a gradient with a few shapes."""
    from PIL import ImageDraw

    img = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    img = Image.blend(img, Image.new("RGB", (width, height), color), 0.6)
    draw = ImageDraw.Draw(img)
    for k in range(4):
        x = (seed * 37 + k * 97) % max(1, width - 40)
        y = (seed * 53 + k * 61) % max(1, height - 40)
        draw.rectangle([x, y, x + width // 6, y + height // 8], fill=((seed * 40 + k * 60) % 256, 80, 60))
    exif = Image.Exif()
    if camera:
        make, _, model = camera.partition(" ")
        exif[_MAKE] = make
        exif[_MODEL] = camera
    if orientation:
        exif[_ORIENTATION] = orientation
    if taken is not None:
        local = taken.astimezone(clock.LOCAL_TZ) if taken.tzinfo else taken
        exif.get_ifd(_EXIF_IFD)[_DATETIME_ORIGINAL] = local.strftime("%Y:%m:%d %H:%M:%S")
        exif.get_ifd(_EXIF_IFD)[_OFFSET_TIME_ORIGINAL] = "+08:00"
    if lat is not None and lon is not None:

        def dms(v: float) -> tuple[float, float, float]:
            v = abs(v)
            d = int(v)
            m = int((v - d) * 60)
            s = round(((v - d) * 60 - m) * 60, 4)
            return (float(d), float(m), s)

        gps = exif.get_ifd(_GPS_IFD)
        gps[1] = "N" if lat >= 0 else "S"
        gps[2] = dms(lat)
        gps[3] = "E" if lon >= 0 else "W"
        gps[4] = dms(lon)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality, exif=exif)
    return out.getvalue()

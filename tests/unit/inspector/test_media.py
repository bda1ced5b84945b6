"""Media sniffing, EXIF metadata, thumbnails and hostile-input rejection."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image

from inspector import media
from tests.evidence_helpers import CST, png_bomb

TAKEN = dt.datetime(2026, 3, 1, 9, 30, 15, tzinfo=CST)


def _analyse(data: bytes, name: str = "x.jpg") -> media.Analysis:
    return media.analyse(data, head=data[:64], filename=name)


def test_jpeg_metadata_time_gps_camera_orientation():
    data = media.make_jpeg(
        640, 480, taken=TAKEN, lat=30.2531, lon=-120.1642, camera="HUAWEI Mate 60", orientation=6
    )
    a = _analyse(data)
    assert (a.kind, a.mime) == ("photo", "image/jpeg")
    info = a.info
    assert (info.width, info.height) == (640, 480)
    assert info.taken_at == "2026-03-01T01:30:15.000Z"  # 09:30:15 China time
    assert info.latitude == pytest.approx(30.2531, abs=1e-5)
    assert info.longitude == pytest.approx(-120.1642, abs=1e-5)
    assert info.camera == "HUAWEI Mate 60"
    assert info.orientation == 6


def test_thumbnail_is_small_and_rotated_per_exif():
    data = media.make_jpeg(640, 480, orientation=6)  # 6 = rotate 90° clockwise to view
    thumb = Image.open(io.BytesIO(_analyse(data).thumb_jpeg))
    assert max(thumb.size) <= 256
    assert thumb.size[1] > thumb.size[0]  # portrait after rotation


def test_gps_ref_south_west_is_negative():
    assert media.gps_to_decimal((30.0, 15.0, 0.0), "S") == -30.25
    assert media.gps_to_decimal((120.0, 30.0, 36.0), "E") == pytest.approx(120.51)


def test_heic_photo_is_accepted():
    pillow_heif = pytest.importorskip("pillow_heif")
    img = Image.new("RGB", (64, 48), (200, 100, 50))
    out = io.BytesIO()
    try:
        img.save(out, format="HEIF")
    except (KeyError, OSError, ValueError) as exc:  # encoder missing in this build
        pytest.skip(f"no HEIF encoder: {exc}")
    _ = pillow_heif
    a = _analyse(out.getvalue(), "IMG_0001.HEIC")
    assert (a.kind, a.mime) == ("photo", "image/heic")
    assert (a.info.width, a.info.height) == (64, 48)


@pytest.mark.parametrize(
    "head,kind",
    [
        (b"\x00\x00\x00\x18ftypmp42", "video"),
        (b"\x00\x00\x00\x14ftypqt  ", "video"),
        (b"ID3\x04\x00", "audio"),
        (b"RIFF\x00\x00\x00\x00WAVEfmt ", "audio"),
        (b"\x00\x00\x00\x20ftypM4A ", "audio"),
    ],
)
def test_video_and_audio_are_sniffed_by_content(head, kind):
    a = media.analyse(head + b"\x00" * 100, head=head, filename="clip.bin")
    assert a.kind == kind and a.thumb_jpeg is None


def test_truncated_jpeg_is_rejected_as_corrupt():
    data = media.make_jpeg(640, 480)
    with pytest.raises(media.MediaRejected) as exc:
        _analyse(data[: len(data) // 2])
    assert exc.value.reason == media.CORRUPT


def test_text_named_jpg_is_not_an_image():
    with pytest.raises(media.MediaRejected) as exc:
        _analyse("这不是照片".encode() * 10)
    assert exc.value.reason == media.NOT_IMAGE


def test_unknown_format_is_unsupported():
    with pytest.raises(media.MediaRejected) as exc:
        _analyse(b"PK\x03\x04" + b"\x00" * 60, "notes.zip")
    assert exc.value.reason == media.UNSUPPORTED


def test_decompression_bomb_is_refused_without_decoding(tmp_path):
    bomb = png_bomb(tmp_path / "bomb.png").read_bytes()
    assert len(bomb) < 2000
    with pytest.raises(media.MediaRejected) as exc:
        _analyse(bomb, "bomb.png")
    assert exc.value.reason == media.BOMB


def test_configured_pixel_limit_applies_below_pillows_own(tmp_path):
    data = media.make_jpeg(400, 300)
    with pytest.raises(media.MediaRejected) as exc:
        media.analyse(data, head=data[:64], filename="a.jpg", max_pixels=100_000)
    assert exc.value.reason == media.BOMB


def test_truncated_jpeg_rejected_even_if_a_library_relaxed_pillow(monkeypatch):
    """WeasyPrint sets ImageFile.LOAD_TRUNCATED_IMAGES = True on import; evidence checks must not follow."""
    from PIL import ImageFile

    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    data = media.make_jpeg(640, 480)
    with pytest.raises(media.MediaRejected):
        media.analyse(data[: len(data) // 2], head=data[:64], filename="half.jpg")

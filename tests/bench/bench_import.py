"""Photo import benchmark: ours vs the naive way vs the floor, on twelve-megapixel JPEGs.

ours  = inspector.services.evidence.add_evidence (parallel read+hash+draft thumbnail, one DB writer)
naive = one file after another: full decode, thumbnail, save; a second read to hash; copy into the store
floor = read + hash + draft decode only, on the same thread pool (no store, no DB, no thumbnail file)

Run: python -m tests.bench.bench_import   (INSPECTOR_BENCH_QUICK=1 for 10 smaller photos)
"""

from __future__ import annotations

import concurrent.futures as cf
import datetime as dt
import hashlib
import io
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PIL import Image

from tests.bench.common import cache_dir, measure, quick, table


def photos() -> list[Path]:
    """The test photos, generated once into the cache (random texture so they compress like real photos)."""
    count, size = (10, (1600, 1200)) if quick() else (200, (4000, 3000))
    folder = cache_dir(f"photos-{count}-{size[0]}x{size[1]}")
    files = sorted(folder.glob("*.jpg"))
    if len(files) >= count:
        return files[:count]
    from inspector import clock, media

    base = Image.effect_noise(size, 40).convert("RGB")
    grad = Image.linear_gradient("L").resize(size).convert("RGB")
    base = Image.blend(base, grad, 0.5)
    for i in range(len(files), count):
        img = base.copy()
        img.paste(
            (i * 7 % 256, 120, 200 - i % 100),
            (i * 13 % size[0], i * 11 % size[1], i * 13 % size[0] + 200, i * 11 % size[1] + 150),
        )
        exif_src = media.make_jpeg(
            8,
            8,
            taken=dt.datetime(2026, 5, 1, 9, 0, tzinfo=clock.LOCAL_TZ) + dt.timedelta(seconds=i),
            lat=30.25,
            lon=120.17,
            camera="Canon EOS R6",
        )
        exif = Image.open(io.BytesIO(exif_src)).getexif()
        img.save(folder / f"IMG_{i:04d}.jpg", "JPEG", quality=90, exif=exif)
    return sorted(folder.glob("*.jpg"))[:count]


def _station(tmp: Path):
    from inspector import demo
    from inspector.services import inspections
    from inspector.station import Station
    from tests.evidence_helpers import inspection_form

    st = Station.open(tmp / "station", create=True)
    demo.fill(st, cases=0, photos=False)
    s = st.login("officer", demo.DEMO_PASSWORD)
    insp = inspections.save_inspection(s, inspection_form(s))
    return st, s, insp["id"]


def naive(files: list[Path], dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for f in files:
        with Image.open(f) as img:
            img.load()
            img.thumbnail((256, 256))
            img.save(dest / (f.stem + ".thumb.jpg"), "JPEG")
        sha = hashlib.sha256(f.read_bytes()).hexdigest()
        shutil.copyfile(f, dest / sha)


def floor(files: list[Path], workers: int) -> None:
    def one(f: Path) -> str:
        data = f.read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        with Image.open(io.BytesIO(data)) as img:
            img.draft("RGB", (256, 256))
            img.load()
        return sha

    with cf.ThreadPoolExecutor(workers) as pool:
        list(pool.map(one, files))


def run() -> dict[str, dict[str, float]]:
    files = photos()
    for f in files:  # warm the page cache so every contender reads from memory
        f.read_bytes()
    workers = os.cpu_count() or 1
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        st, session, iid = _station(Path(tmp))
        from inspector.services import evidence

        def ours() -> None:
            report = evidence.add_evidence(session, inspection_id=iid, paths=[str(f) for f in files])
            assert len(report.accepted) == len(files), report.rejected[:1]

        results["ours"] = measure(ours)
        st.close()
        results["naive"] = measure(lambda: naive(files, Path(tmp) / "naive"))
        results["floor"] = measure(lambda: floor(files, workers))
    n = len(files)
    mb = sum(f.stat().st_size for f in files) / 1048576
    rows = [
        [
            name,
            r["wall"],
            n / r["wall"],
            r["util"] * 100,
            results["naive"]["wall"] / r["wall"],
            r["wall"] / results["floor"]["wall"],
        ]
        for name, r in results.items()
    ]
    with Image.open(files[0]) as first:
        w, h = first.size
    table(
        f"Photo import: {n} JPEGs ({w}x{h}, {mb:.0f} MB), {os.cpu_count()} cores",
        ["contender", "seconds", "photos/s", "CPU % (all cores)", "naive/x", "x/floor"],
        rows,
    )
    return results


if __name__ == "__main__":
    sys.exit(0 if run() else 1)

#!/usr/bin/env bash
# The GPU path checked and measured in one go on a Linux machine with an NVIDIA GPU (bench/gpu_check.py).
#
#   bash bench/gpu_check.sh [LOG_FOLDER]          (default: $OUT where set, else ./out)
#
# Needs python3 with numpy and torch (CUDA build); installs what else is missing: rasterio (it bundles
# GDAL) and onnxruntime from the package registry, or, on a machine without network, from the wheels or
# unpacked-package archives (*.tar.xz of a site-packages tree) in $WHEELS (default ./.whl). Where GDAL's
# Python bindings are missing, bench/gpu/osgeo stands in for the few calls a run makes (see its docstring).
# Writes gpu_check.log and gpu_check.json to the log folder. ~4 minutes on 16 cores and an H200.
#
# Without network (e.g. a lent GPU box with a 64 MiB upload), prepare $WHEELS on a machine with one:
#   pip download --no-deps --only-binary=:all: --python-version 3.12 --platform manylinux_2_28_x86_64 \
#       -d wheels rasterio affine==2.4.0 cligj click-plugins        # affine 3 drops `transform * (x, y)`
# and, to fit, unpack rasterio, `strip --strip-unneeded rasterio/*.so` (38 -> 7 MB) and pack the tree as
# rasterio.tar.xz (~22 MB) in place of its wheel. onnxruntime-gpu (244 MiB; its CUDA library 178 MB with xz)
# does not fit such an upload beside the working tree (43 MB): docs/speed.md, GPU.
set -uo pipefail
cd "$(dirname "$0")/.."
log_dir=${1:-${OUT:-out}}
mkdir -p "$log_dir"
wheels=${WHEELS:-.whl}
site=/tmp/gpu-check-site
{
  echo "gpu_check $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader || echo "nvidia-smi: none"
  mkdir -p "$site"
  if [ -d "$wheels" ]; then
    for archive in "$wheels"/*.tar.xz; do [ -e "$archive" ] && tar -C "$site" -xJf "$archive"; done
    ls "$wheels"/*.whl >/dev/null 2>&1 && python3 -m pip install -q --no-index --no-deps --no-compile \
      --no-cache-dir --upgrade --target "$site" "$wheels"/*.whl
  fi
  export PYTHONPATH="$site${PYTHONPATH:+:$PYTHONPATH}"
  for module in rasterio onnxruntime; do
    python3 -c "import $module" 2>/dev/null || python3 -m pip install -q --target "$site" "$module" \
      || { echo "error: $module is missing and could not be installed"; exit 1; }
  done
  # ONNX Runtime's CUDA provider: onnxruntime-gpu (CUDA 13 builds since 1.31) where the registry can be reached
  python3 -c "import onnxruntime, sys; sys.exit('CUDAExecutionProvider' not in onnxruntime.get_available_providers())" \
    2>/dev/null || timeout 120 python3 -m pip install -q --target "$site" --upgrade --no-deps onnxruntime-gpu \
    2>/dev/null || echo "onnxruntime-gpu could not be installed: ONNX Runtime on CUDA is not measured"
  if ! python3 -c "from osgeo import ogr" 2>/dev/null; then
    export PYTHONPATH="$PYTHONPATH:$PWD/bench/gpu"
    echo "GDAL Python bindings missing: bench/gpu/osgeo (ctypes, rasterio's libgdal) writes the tile layers"
  fi
  python3 -c "import rasterio, numpy; print('rasterio', rasterio.__version__, 'GDAL', rasterio.__gdal_version__, 'numpy', numpy.__version__)"
  PYTHONUNBUFFERED=1 timeout 420 python3 -m bench.gpu_check --json "$log_dir/gpu_check.json"
} 2>&1 | tee "$log_dir/gpu_check.log"

"""Bench only (bench/gpu_check.sh): a stand-in for the few GDAL Python binding calls that a classify run
makes (core/layer/gpkg.py writes the tile layer, core/pipeline/reader.py bounds the block cache, the nodata check
and the acquisition date open the raster, the CLI sets GDAL's options), for a
machine that has rasterio's wheel (which bundles libgdal) but no GDAL Python bindings, such as a GPU box
without GDAL. Each call goes straight to the same C function of the libgdal that rasterio loaded, through
ctypes; nothing else of osgeo is offered. Never on the plugin's path: only bench/gpu_check.sh puts this
folder on PYTHONPATH, and only where ``from osgeo import ogr`` fails. tests/core/test_gpu_standin.py runs classify
through it against the real bindings, so that a call the pipeline starts making is missed here, not on a GPU box."""

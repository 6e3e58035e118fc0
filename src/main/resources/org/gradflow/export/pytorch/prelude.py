import argparse
import decimal
import json
import math

import torch
from torch import nn

torch.set_default_dtype(torch.float64)

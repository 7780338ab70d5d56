# Copy of /work/shared/peers/torch_bench.py: threads from OMP_NUM_THREADS, plus the tiny,
# transformer-encoder and autoencoder networks of NeuroCanvas's bench.
import math, os, time, statistics, sys, torch, torch.nn as nn
torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "2")))
torch.manual_seed(0)
print("torch", torch.__version__, "threads", torch.get_num_threads(), file=sys.stderr)

def mlp():
    return nn.Sequential(nn.Linear(784,256), nn.ReLU(), nn.Linear(256,128), nn.ReLU(), nn.Linear(128,10))
def cnn():
    return nn.Sequential(nn.Conv2d(1,32,3), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Conv2d(32,64,3), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Flatten(), nn.Linear(64*5*5,64), nn.ReLU(), nn.Linear(64,10))
def tiny():
    return nn.Sequential(nn.Linear(2,8), nn.ReLU(), nn.Linear(8,8), nn.ReLU(), nn.Linear(8,2))
class Encoder(nn.Module):
    """samples/transformer-encoder.json: Embedding(9,32) + sinusoidal positions, MHA(4 heads),
    add & LayerNorm, Dense 64 ReLU - Dense 32, add & LayerNorm, mean over tokens, Dense 2."""
    def __init__(self, length=12, d=32):
        super().__init__()
        self.emb = nn.Embedding(9, d)
        pos = torch.arange(length).unsqueeze(1); i = torch.arange(0, d, 2)
        pe = torch.zeros(length, d); ang = pos / torch.pow(10000, i / d)
        pe[:, 0::2] = torch.sin(ang); pe[:, 1::2] = torch.cos(ang)
        self.register_buffer("pe", pe)
        self.att = nn.MultiheadAttention(d, 4, batch_first=True)
        self.ln1 = nn.LayerNorm(d, eps=1e-3); self.ln2 = nn.LayerNorm(d, eps=1e-3)
        self.ff = nn.Sequential(nn.Linear(d, 64), nn.ReLU(), nn.Linear(64, d))
        self.out = nn.Linear(d, 2)
    def forward(self, x):
        h = self.emb(x) + self.pe
        h = self.ln1(h + self.att(h, h, h, need_weights=False)[0])
        h = self.ln2(h + self.ff(h))
        return self.out(h.mean(1))
def autoencoder():
    """samples/autoencoder.json: Conv16 s2 - Conv8 s2 - ConvT8 s2 - ConvT16 s2 (ReLU, 'same') - Conv1 sigmoid."""
    return nn.Sequential(nn.Conv2d(1,16,3,2,1), nn.ReLU(), nn.Conv2d(16,8,3,2,1), nn.ReLU(),
                         nn.ConvTranspose2d(8,8,3,2,1,1), nn.ReLU(), nn.ConvTranspose2d(8,16,3,2,1,1), nn.ReLU(),
                         nn.Conv2d(16,1,3,1,1), nn.Sigmoid())

def epoch(model, opt, lossf, X, Y, bs):
    model.train()
    for i in range(0, X.shape[0], bs):
        xb, yb = X[i:i+bs], Y[i:i+bs]
        opt.zero_grad(set_to_none=True)
        loss = lossf(model(xb), yb)
        loss.backward()
        opt.step()
    return loss.item()

def bench(name, model, X, Y, bs=64, lossf=None, per_step=False, reps=3):
    lossf = lossf or nn.CrossEntropyLoss()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    n = X.shape[0]
    epoch(model, opt, lossf, X, Y, bs)
    ts, cpu = [], []
    for r in range(reps):
        t, c = time.perf_counter(), time.process_time()
        l = epoch(model, opt, lossf, X, Y, bs)
        ts.append(time.perf_counter()-t); cpu.append(time.process_time()-c)
    work = n // bs if per_step else n
    rate = work / statistics.median(ts)
    # Per CPU-second (all threads): moves far less than the wall clock with a shared machine's load.
    print(f"RESULT torch {name} {rate:.0f}  cpu-rate={work / statistics.median(cpu):.0f}"
          f"  epochs={[round(x,3) for x in ts]}", flush=True)

for which in (sys.argv[1:] or ["mlp", "cnn", "tiny", "transformer", "autoencoder"]):
    if which == "mlp":
        bench("mlp", mlp(), torch.rand(60000,784), torch.randint(0,10,(60000,)))
    elif which == "cnn":
        bench("cnn", cnn(), torch.rand(10000,1,28,28), torch.randint(0,10,(10000,)))
    elif which == "tiny":
        bench("tiny", tiny(), torch.rand(10000,2), torch.randint(0,2,(10000,)), bs=10, per_step=True)
    elif which == "transformer":
        bench("transformer", Encoder(), torch.randint(0,9,(2000,12)), torch.randint(0,2,(2000,)), bs=32)
    elif which == "autoencoder":
        X = torch.rand(10000,1,28,28)
        bench("autoencoder", autoencoder(), X, X, lossf=nn.MSELoss())

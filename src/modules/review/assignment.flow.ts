/**
 * Min-cost flow with node supplies and demands by successive shortest paths with node potentials
 * (Dijkstra from one node with excess, stopped at the first node with a deficit, as in
 * Jonker–Volgenant). Arcs live in typed arrays; arc e and e^1 are a pair (forward, reverse).
 */
export class FlowNetwork {
  readonly n: number;
  m = 0;
  head: Int32Array;
  next: Int32Array;
  to: Int32Array;
  cap: Int32Array;
  cost: Float64Array;
  pi: Float64Array;
  /** Supply (> 0) or demand (< 0) still to route at each node. */
  excess: Float64Array;
  dist: Float64Array;
  private parent: Int32Array;
  mark: Int32Array;
  private stamp = 0;
  private heapD: Float64Array;
  private heapV: Int32Array;
  private popped: Int32Array;
  augmentations = 0;

  constructor(nodes: number, arcCapacity: number) {
    this.n = nodes;
    this.head = new Int32Array(nodes).fill(-1);
    this.next = new Int32Array(arcCapacity * 2);
    this.to = new Int32Array(arcCapacity * 2);
    this.cap = new Int32Array(arcCapacity * 2);
    this.cost = new Float64Array(arcCapacity * 2);
    this.pi = new Float64Array(nodes);
    this.excess = new Float64Array(nodes);
    this.dist = new Float64Array(nodes);
    this.parent = new Int32Array(nodes);
    this.mark = new Int32Array(nodes);
    this.heapD = new Float64Array(1024);
    this.heapV = new Int32Array(1024);
    this.popped = new Int32Array(nodes);
  }

  /** Adds u→v and returns the forward arc's index. */
  addArc(u: number, v: number, capacity: number, cost: number): number {
    const e = this.m;
    if (e + 2 > this.to.length) this.grow();
    this.to[e] = v;
    this.cap[e] = capacity;
    this.cost[e] = cost;
    this.next[e] = this.head[u] as number;
    this.head[u] = e;
    this.to[e + 1] = u;
    this.cap[e + 1] = 0;
    this.cost[e + 1] = -cost;
    this.next[e + 1] = this.head[v] as number;
    this.head[v] = e + 1;
    this.m += 2;
    return e;
  }

  private grow(): void {
    const size = Math.max(16, this.to.length * 2);
    const g = <T extends Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.next = g(this.next);
    this.to = g(this.to);
    this.cap = g(this.cap);
    this.cost = g(this.cost);
  }

  flow(e: number): number {
    return this.cap[e ^ 1] as number;
  }

  tail(e: number): number {
    return this.to[e ^ 1] as number;
  }

  /**
   * Feasible potentials for a network whose positive-capacity arcs form a DAG listed in
   * topological node order: shortest distances from the roots; nodes they cannot reach get a large value
   * (they have no incoming arcs, so any value keeps reduced costs of their outgoing arcs ≥ 0).
   */
  initPotentialsTopological(order: Int32Array, roots: Int32Array): void {
    const pi = this.pi;
    pi.fill(Number.POSITIVE_INFINITY);
    for (const r of roots) pi[r] = 0;
    for (let i = 0; i < order.length; i++) {
      const u = order[i] as number;
      const pu = pi[u] as number;
      if (pu === Number.POSITIVE_INFINITY) continue;
      for (let e = this.head[u] as number; e !== -1; e = this.next[e] as number) {
        if ((this.cap[e] as number) <= 0) continue;
        const v = this.to[e] as number;
        const d = pu + (this.cost[e] as number);
        if (d < (pi[v] as number)) pi[v] = d;
      }
    }
    let hi = 0;
    for (let v = 0; v < this.n; v++) if (pi[v] !== Number.POSITIVE_INFINITY && (pi[v] as number) > hi) hi = pi[v] as number;
    for (let v = 0; v < this.n; v++) if (pi[v] === Number.POSITIVE_INFINITY) pi[v] = hi + 1e12;
  }

  private push(d: number, v: number, size: number): number {
    if (size >= this.heapD.length) {
      const nd = new Float64Array(this.heapD.length * 2);
      nd.set(this.heapD);
      const nv = new Int32Array(this.heapV.length * 2);
      nv.set(this.heapV);
      this.heapD = nd;
      this.heapV = nv;
    }
    const hd = this.heapD;
    const hv = this.heapV;
    let i = size;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((hd[p] as number) <= d) break;
      hd[i] = hd[p] as number;
      hv[i] = hv[p] as number;
      i = p;
    }
    hd[i] = d;
    hv[i] = v;
    return size + 1;
  }

  private popTo(size: number): number {
    const hd = this.heapD;
    const hv = this.heapV;
    const last = size - 1;
    const d = hd[last] as number;
    const v = hv[last] as number;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= last) break;
      if (c + 1 < last && (hd[c + 1] as number) < (hd[c] as number)) c++;
      if ((hd[c] as number) >= d) break;
      hd[i] = hd[c] as number;
      hv[i] = hv[c] as number;
      i = c;
    }
    hd[i] = d;
    hv[i] = v;
    return last;
  }

  /**
   * Dijkstra on reduced costs from s until the first settled node with a deficit; shifts the
   * potentials of settled nodes by dist(v) − dist(end), which keeps every residual reduced cost
   * ≥ 0 (nodes not settled move by 0, the same as all moving by dist(end)). Returns the deficit
   * node reached, or −1.
   */
  shortestPath(s: number): number {
    const stamp = ++this.stamp;
    const { dist, parent, mark, head, next, to, cap, cost, pi, excess } = this;
    dist[s] = 0;
    parent[s] = -1;
    mark[s] = stamp;
    let size = this.push(0, s, 0);
    let settled = 0;
    let end = -1;
    while (size > 0) {
      const d = this.heapD[0] as number;
      const u = this.heapV[0] as number;
      size = this.popTo(size);
      if (mark[u] === -stamp || d > (dist[u] as number)) continue;
      mark[u] = -stamp;
      this.popped[settled++] = u;
      if ((excess[u] as number) < 0) {
        end = u;
        break;
      }
      const pu = (pi[u] as number) + d;
      for (let e = head[u] as number; e !== -1; e = next[e] as number) {
        if ((cap[e] as number) <= 0) continue;
        const v = to[e] as number;
        if (mark[v] === -stamp) continue;
        const nd = pu + (cost[e] as number) - (pi[v] as number);
        if (mark[v] !== stamp || nd < (dist[v] as number)) {
          mark[v] = stamp;
          dist[v] = nd;
          parent[v] = e;
          size = this.push(nd, v, size);
        }
      }
    }
    if (end < 0) return -1;
    const dt = dist[end] as number;
    for (let i = 0; i < settled; i++) {
      const v = this.popped[i] as number;
      pi[v] = (pi[v] as number) + (dist[v] as number) - dt;
    }
    return end;
  }

  augment(s: number, t: number, amount: number): void {
    for (let v = t; v !== s; ) {
      const e = this.parent[v] as number;
      this.cap[e] = (this.cap[e] as number) - amount;
      this.cap[e ^ 1] = (this.cap[e ^ 1] as number) + amount;
      v = this.to[e ^ 1] as number;
    }
    this.augmentations++;
  }

  /**
   * One successive-shortest-path step from node s, which has excess: Dijkstra on reduced costs
   * until a node with a deficit is settled; potentials of settled nodes move by dist − dist(end)
   * (every residual reduced cost stays ≥ 0); push min(excess, deficit, bottleneck) along the path.
   * Returns false when no deficit node is reachable.
   */
  stepFrom(s: number): boolean {
    const end = this.shortestPath(s);
    if (end < 0) return false;
    let b = Math.min(this.excess[s] as number, -(this.excess[end] as number));
    for (let v = end; v !== s; ) {
      const e = this.parent[v] as number;
      if ((this.cap[e] as number) < b) b = this.cap[e] as number;
      v = this.to[e ^ 1] as number;
    }
    this.augment(s, end, b);
    this.excess[s] = (this.excess[s] as number) - b;
    this.excess[end] = (this.excess[end] as number) + b;
    return true;
  }

  /** Sends one unit over a new arc regardless of its cost (warm start): the arc's head gains excess. */
  saturate(e: number): void {
    const u = this.to[e ^ 1] as number;
    const v = this.to[e] as number;
    const c = this.cap[e] as number;
    this.cap[e] = 0;
    this.cap[e ^ 1] = (this.cap[e ^ 1] as number) + c;
    this.excess[u] = (this.excess[u] as number) - c;
    this.excess[v] = (this.excess[v] as number) + c;
  }

  /**
   * Lowers each listed node's potential to the least value its residual outgoing arcs allow
   * (max over them of π(head) − cost). Keeps every reduced cost ≥ 0 and makes the potentials as
   * tight as possible for pricing arcs that would enter these nodes.
   */
  tighten(nodes: Iterable<number>): void {
    for (const u of nodes) {
      let lo = Number.NEGATIVE_INFINITY;
      for (let e = this.head[u] as number; e !== -1; e = this.next[e] as number) {
        if ((this.cap[e] as number) <= 0) continue;
        const need = (this.pi[this.to[e] as number] as number) - (this.cost[e] as number);
        if (need > lo) lo = need;
      }
      if (lo !== Number.NEGATIVE_INFINITY && lo < (this.pi[u] as number)) this.pi[u] = lo;
    }
  }

  /** Raises each listed node's potential to the greatest value its residual incoming arcs allow. */
  raise(nodes: Iterable<number>): void {
    for (const u of nodes) {
      let hi = Number.POSITIVE_INFINITY;
      for (let e = this.head[u] as number; e !== -1; e = this.next[e] as number) {
        const back = e ^ 1;
        if ((this.cap[back] as number) <= 0) continue;
        const allow = (this.cost[back] as number) + (this.pi[this.to[e] as number] as number);
        if (allow < hi) hi = allow;
      }
      if (hi !== Number.POSITIVE_INFINITY && hi > (this.pi[u] as number)) this.pi[u] = hi;
    }
  }

  reducedCost(e: number): number {
    return (this.cost[e] as number) + (this.pi[this.to[e ^ 1] as number] as number) - (this.pi[this.to[e] as number] as number);
  }
}

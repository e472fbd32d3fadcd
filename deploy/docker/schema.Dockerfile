# The schema step for Kubernetes (deploy/k8s/schema-job.yaml): deploy/sql/postgresql with psql, run once.
# Baked into an image tagged like the silo and API images, so the schema a release applies is the one its
# code was built against. (docker-compose mounts the same folder into postgres:15 instead.) Build context is
# the repository root:
#   docker build -f deploy/docker/schema.Dockerfile -t mfagrains-schema .
FROM postgres:15
COPY deploy/sql/postgresql/ /schema/
# apply.sh needs bash and psql only, and reads ConnectionStrings__mfa; no server runs in this image.
USER postgres
ENTRYPOINT ["bash", "/schema/apply.sh"]

# The silo host (src/MfaGrains.Silo): an Orleans silo whose only HTTP is /health/* (and /metrics), on 8080.
# Build context is the repository root:
#   docker build -f deploy/docker/silo.Dockerfile -t mfagrains-silo .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /repo

# Restore from the project files alone, so a source edit does not download the packages again.
# COPY flattens the glob; the loop puts each project file back in src/<name>/ (folder name = project name).
COPY Directory.Build.props Directory.Packages.props ./
COPY src/*/*.csproj restore/
RUN for project in restore/*.csproj; do \
        name="$(basename "$project" .csproj)"; \
        mkdir -p "src/$name" && mv "$project" "src/$name/"; \
    done \
 && dotnet restore src/MfaGrains.Silo/MfaGrains.Silo.csproj

COPY src/ src/
# MfaGrains.Hosting embeds the schema scripts from here.
COPY deploy/sql/ deploy/sql/
# appsettings.Development.json carries published development-only keys: it must not ship in an image.
RUN dotnet publish src/MfaGrains.Silo/MfaGrains.Silo.csproj -c Release --no-restore -o /app -p:UseAppHost=false \
 && rm -f /app/appsettings.Development.json

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./

# HTTP (health, metrics) on 8080; ASPNETCORE_HTTP_PORTS is cleared so Kestrel does not warn that URLS overrides it.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS=
# 8080 health/metrics, 11111 silo-to-silo, 30000 client gateway (Orleans__SiloPort / Orleans__GatewayPort).
EXPOSE 8080 11111 30000

# The image's unprivileged "app" user (uid 1654); numeric, so Kubernetes' runAsNonRoot can verify it.
USER $APP_UID
ENTRYPOINT ["dotnet", "MfaGrains.Silo.dll"]

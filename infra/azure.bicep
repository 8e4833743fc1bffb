// Coachboard in Azure: the API on Azure Functions (Linux, Node 22, Flex Consumption), its data in
// Cosmos DB for NoSQL (serverless), the tabs on Azure Static Web Apps, telemetry in Application
// Insights. No keys anywhere: the Function App reaches storage, Cosmos DB and Application Insights
// with its system-assigned managed identity, and sends Teams activity-feed notifications through a
// user-assigned one: the Entra app trusts that identity through a federated credential (created by
// infra/scripts/federated-credential.mjs in teamsapp.yml provision, since Bicep here cannot reach
// Entra), so the on-behalf-of exchange needs no client secret. Deployed by `arm/deploy` in
// teamsapp.yml; every output below becomes an environment variable of the same name in env/.env.<env>.

@description('Base of the resource names, lowercase letters and digits, e.g. coachboarddev.')
@minLength(4)
@maxLength(20)
param resourceBaseName string

@description('Client id of the Entra app whose access tokens the API accepts (aadApp/create writes it).')
param aadAppClientId string

@description('Comma-separated Entra tenant ids whose users may call the API.')
param allowedTenants string

@description('Id of the Teams app (teamsApp/create writes it): activity notifications name it and deep-link into it.')
param teamsAppId string

@description('Region of every resource except the static web app.')
param location string = resourceGroup().location

@description('Region of the static web app: Static Web Apps has its own, shorter list.')
@allowed(['westus2', 'centralus', 'eastus2', 'westeurope', 'eastasia'])
param staticWebAppLocation string = 'westeurope'

@description('Upper bound of Function App instances; Flex Consumption scales out to it under load.')
param maximumInstanceCount int = 40

var baseName = toLower(resourceBaseName)
var resourceToken = toLower(uniqueString(resourceGroup().id, baseName))
var functionAppName = 'func-${baseName}-${resourceToken}'
// Flex Consumption keeps each deployed package in this container.
var deploymentContainerName = 'app-package-${take(resourceToken, 12)}'
var cosmosDatabaseName = 'coachboard'

// Built-in role definitions.
var storageBlobDataOwnerRoleId = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var monitoringMetricsPublisherRoleId = '3913510d-42f4-4e42-8a64-420c390055eb'
var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'

// The identity the API proves itself with in the on-behalf-of exchange for the activity feed: its
// token for api://AzureADTokenExchange is the client assertion, trusted by the Entra app's federated
// credential (issuer: this tenant, subject: this identity's principal id). It holds no Azure role.
resource feedIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-feed-${baseName}'
  location: location
}

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${baseName}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${baseName}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
    // Telemetry is accepted only with an Entra token (the Function App's identity), not with the key alone.
    DisableLocalAuth: true
  }
}

// Storage of the Functions host and of the deployment packages; reached by identity only.
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'st${take(resourceToken, 22)}'
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: 'cosmos-${baseName}-${resourceToken}'
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    capabilities: [{ name: 'EnableServerless' }]
    // Entra ID (RBAC) only: the account keys cannot be used for data.
    disableLocalAuth: true
    minimalTlsVersion: 'Tls12'
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
  }
}

resource cosmosDatabase 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: cosmos
  name: cosmosDatabaseName
  properties: {
    resource: { id: cosmosDatabaseName }
  }
}

// The one container of the store adapter: documents {id, pk, type, ...}, partitioned by pk.
resource cosmosContainer 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = {
  parent: cosmosDatabase
  name: 'items'
  properties: {
    resource: {
      id: 'items'
      partitionKey: {
        paths: ['/pk']
        kind: 'Hash'
        version: 2
      }
      indexingPolicy: {
        indexingMode: 'consistent'
        automatic: true
        includedPaths: [{ path: '/*' }]
        excludedPaths: [{ path: '/"_etag"/?' }]
      }
    }
  }
}

resource staticWebApp 'Microsoft.Web/staticSites@2024-04-01' = {
  name: 'stapp-${baseName}'
  location: staticWebAppLocation
  sku: {
    name: 'Free'
    tier: 'Free'
  }
  properties: {}
}

var tabDomain = staticWebApp.properties.defaultHostname

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${baseName}'
  location: location
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
  location: location
  kind: 'functionapp,linux'
  // System-assigned: storage, Cosmos DB and telemetry (the role assignments below).
  // User-assigned: the activity feed's federated credential only.
  identity: {
    type: 'SystemAssigned, UserAssigned'
    userAssignedIdentities: {
      '${feedIdentity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      runtime: {
        name: 'node'
        version: '22'
      }
      scaleAndConcurrency: {
        instanceMemoryMB: 2048
        maximumInstanceCount: maximumInstanceCount
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      // The tabs call the API from their own origin.
      cors: {
        allowedOrigins: ['https://${tabDomain}']
        supportCredentials: false
      }
      // Names and values only; no key, secret or connection string with a key.
      appSettings: [
        {
          name: 'AzureWebJobsStorage__accountName'
          value: storage.name
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsights.properties.ConnectionString
        }
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'Authorization=AAD'
        }
        {
          name: 'STORE'
          value: 'cosmos'
        }
        {
          name: 'COSMOS_ENDPOINT'
          value: cosmos.properties.documentEndpoint
        }
        {
          name: 'COSMOS_DATABASE'
          value: cosmosDatabaseName
        }
        {
          name: 'AUTH_MODE'
          value: 'entra'
        }
        {
          name: 'AAD_APP_CLIENT_ID'
          value: aadAppClientId
        }
        {
          name: 'API_DOMAIN'
          value: tabDomain
        }
        {
          name: 'ALLOWED_TENANTS'
          value: allowedTenants
        }
        // The Teams activity feed: with TEAMS_APP_ID and this identity (IDENTITY_ENDPOINT and
        // IDENTITY_HEADER are set by Azure) the API sends notifications; no secret is involved.
        {
          name: 'TEAMS_APP_ID'
          value: teamsAppId
        }
        {
          name: 'AAD_APP_FEDERATED_IDENTITY_CLIENT_ID'
          value: feedIdentity.properties.clientId
        }
      ]
    }
  }
  dependsOn: [
    deploymentContainer
  ]
}

// The host's storage (AzureWebJobsStorage) and the deployment container, through the app's identity.
resource functionStorageRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, functionApp.id, storageBlobDataOwnerRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataOwnerRoleId)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// Telemetry ingestion with Entra authentication (APPLICATIONINSIGHTS_AUTHENTICATION_STRING).
resource functionMonitoringRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, functionApp.id, monitoringMetricsPublisherRoleId)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisherRoleId)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// Cosmos DB Built-in Data Contributor: read and write items, no control-plane rights.
resource functionCosmosRole 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: cosmos
  name: guid(cosmos.id, functionApp.id, cosmosDataContributorRoleId)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributorRoleId}'
    principalId: functionApp.identity.principalId
    scope: cosmos.id
  }
}

output TAB_DOMAIN string = tabDomain
output TAB_ENDPOINT string = 'https://${tabDomain}'
output AZURE_STATIC_WEB_APPS_RESOURCE_ID string = staticWebApp.id
output API_FUNCTION_ENDPOINT string = 'https://${functionApp.properties.defaultHostName}'
output API_FUNCTION_RESOURCE_ID string = functionApp.id
output API_FUNCTION_APP_NAME string = functionApp.name
// The federated credential of the Entra app names this principal as its subject (teamsapp.yml provision).
output FEED_IDENTITY_PRINCIPAL_ID string = feedIdentity.properties.principalId
output FEED_IDENTITY_CLIENT_ID string = feedIdentity.properties.clientId

// Written by `dotnet run --project Api -- migrations add DeliveryUnreachable`: the schema after this migration.
using Housing.Infrastructure.Persistence.MigrationTooling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Housing.Infrastructure.Persistence.Migrations.Sqlite;

[DbContext(typeof(global::Housing.Infrastructure.Persistence.SqliteHousingDbContext))]
[Migration("20261122232151_DeliveryUnreachable")]
public partial class DeliveryUnreachable
{
    protected override void BuildTargetModel(ModelBuilder modelBuilder) =>
        SchemaSnapshotModel.Build(modelBuilder, SchemaSnapshot.FromJson(Schema));

    private const string Schema = """
        {
          "ModelAnnotations": [],
          "Tables": [
            {
              "Name": "AnnualFeeAmounts",
              "Columns": [
                {
                  "Name": "Amount",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "AnnualFeeStatementId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_AnnualFeeAmounts",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_AnnualFeeAmounts_AnnualFeeStatements_AnnualFeeStatementId",
                  "Columns": [
                    "AnnualFeeStatementId"
                  ],
                  "PrincipalTable": "AnnualFeeStatements",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_AnnualFeeAmounts_AnnualFeeStatementId_Group",
                  "Columns": [
                    "AnnualFeeStatementId",
                    "Group"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "AnnualFeeStatements",
              "Columns": [
                {
                  "Name": "ComplexId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Kind",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RecordedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RecordedByUserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Revision",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Year",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_AnnualFeeStatements",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_AnnualFeeStatements_Complexes_ComplexId",
                  "Columns": [
                    "ComplexId"
                  ],
                  "PrincipalTable": "Complexes",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 1
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_AnnualFeeStatements_ComplexId_Year_Kind",
                  "Columns": [
                    "ComplexId",
                    "Year",
                    "Kind"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "ApiClients",
              "Columns": [
                {
                  "Name": "ClientId",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 100,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "IsRevoked",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RegisteredAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RevokedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Scopes",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 500,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SecretHash",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_ApiClients",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "IX_ApiClients_ClientId",
                  "Columns": [
                    "ClientId"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "AspNetRoleClaims",
              "Columns": [
                {
                  "Name": "ClaimType",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ClaimValue",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 1,
                  "Annotations": []
                },
                {
                  "Name": "RoleId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_AspNetRoleClaims",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                  "Columns": [
                    "RoleId"
                  ],
                  "PrincipalTable": "AspNetRoles",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_AspNetRoleClaims_RoleId",
                  "Columns": [
                    "RoleId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "AspNetRoles",
              "Columns": [
                {
                  "Name": "ConcurrencyStamp",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 256,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "NormalizedName",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 256,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_AspNetRoles",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "RoleNameIndex",
                  "Columns": [
                    "NormalizedName"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "AspNetUserClaims",
              "Columns": [
                {
                  "Name": "ClaimType",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ClaimValue",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 1,
                  "Annotations": []
                },
                {
                  "Name": "UserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_AspNetUserClaims",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_AspNetUserClaims_AspNetUsers_UserId",
                  "Columns": [
                    "UserId"
                  ],
                  "PrincipalTable": "AspNetUsers",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_AspNetUserClaims_UserId",
                  "Columns": [
                    "UserId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "AspNetUserLogins",
              "Columns": [
                {
                  "Name": "LoginProvider",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ProviderDisplayName",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ProviderKey",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "UserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_AspNetUserLogins",
                "Columns": [
                  "LoginProvider",
                  "ProviderKey"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_AspNetUserLogins_AspNetUsers_UserId",
                  "Columns": [
                    "UserId"
                  ],
                  "PrincipalTable": "AspNetUsers",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_AspNetUserLogins_UserId",
                  "Columns": [
                    "UserId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "AspNetUserRoles",
              "Columns": [
                {
                  "Name": "RoleId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "UserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_AspNetUserRoles",
                "Columns": [
                  "UserId",
                  "RoleId"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_AspNetUserRoles_AspNetRoles_RoleId",
                  "Columns": [
                    "RoleId"
                  ],
                  "PrincipalTable": "AspNetRoles",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                },
                {
                  "Name": "FK_AspNetUserRoles_AspNetUsers_UserId",
                  "Columns": [
                    "UserId"
                  ],
                  "PrincipalTable": "AspNetUsers",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_AspNetUserRoles_RoleId",
                  "Columns": [
                    "RoleId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "AspNetUserTokens",
              "Columns": [
                {
                  "Name": "LoginProvider",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "UserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Value",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_AspNetUserTokens",
                "Columns": [
                  "UserId",
                  "LoginProvider",
                  "Name"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_AspNetUserTokens_AspNetUsers_UserId",
                  "Columns": [
                    "UserId"
                  ],
                  "PrincipalTable": "AspNetUsers",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "AspNetUsers",
              "Columns": [
                {
                  "Name": "AccessFailedCount",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ComplexId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ConcurrencyStamp",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "DisplayName",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "DistrictCode",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 5,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Email",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 256,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "EmailConfirmed",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "HouseholdId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "LockoutEnabled",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "LockoutEnd",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "NormalizedEmail",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 256,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "NormalizedUserName",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 256,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "PasswordHash",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "PhoneNumber",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "PhoneNumberConfirmed",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ResidentId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SecurityStamp",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "TwoFactorEnabled",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "UserName",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 256,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "VendorId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "WelfareCenterId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_AspNetUsers",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "EmailIndex",
                  "Columns": [
                    "NormalizedEmail"
                  ],
                  "Unique": false
                },
                {
                  "Name": "UserNameIndex",
                  "Columns": [
                    "NormalizedUserName"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "BallotAnswers",
              "Columns": [
                {
                  "Name": "BallotKey",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "OptionId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "PollId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "QuestionId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Text",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 2000,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_BallotAnswers",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_BallotAnswers_Polls_PollId",
                  "Columns": [
                    "PollId"
                  ],
                  "PrincipalTable": "Polls",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_BallotAnswers_PollId_QuestionId",
                  "Columns": [
                    "PollId",
                    "QuestionId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "Buildings",
              "Columns": [
                {
                  "Name": "ComplexId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 40,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_Buildings",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_Buildings_Complexes_ComplexId",
                  "Columns": [
                    "ComplexId"
                  ],
                  "PrincipalTable": "Complexes",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_Buildings_ComplexId_Name",
                  "Columns": [
                    "ComplexId",
                    "Name"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "CommonSpendingRequests",
              "Columns": [
                {
                  "Name": "Amount",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ComplexId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "DecidedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "DecidedByUserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Purpose",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 500,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RejectionReason",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 1000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RequestedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RequestedByUserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Status",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "TransactionId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_CommonSpendingRequests",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "IX_CommonSpendingRequests_ComplexId_Status",
                  "Columns": [
                    "ComplexId",
                    "Status"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "ComplaintEvents",
              "Columns": [
                {
                  "Name": "At",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ByUserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ComplaintId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "From",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Note",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 2000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "To",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_ComplaintEvents",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_ComplaintEvents_Complaints_ComplaintId",
                  "Columns": [
                    "ComplaintId"
                  ],
                  "PrincipalTable": "Complaints",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_ComplaintEvents_ComplaintId",
                  "Columns": [
                    "ComplaintId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "ComplaintPhotos",
              "Columns": [
                {
                  "Name": "ComplaintId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FileId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Order",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_ComplaintPhotos",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_ComplaintPhotos_Complaints_ComplaintId",
                  "Columns": [
                    "ComplaintId"
                  ],
                  "PrincipalTable": "Complaints",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_ComplaintPhotos_ComplaintId",
                  "Columns": [
                    "ComplaintId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "Complaints",
              "Columns": [
                {
                  "Name": "AssignedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "AssigneeName",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 100,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "AssigneeUserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Category",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ClosedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ComplexId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Description",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FiledAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FiledByHouseholdId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FiledByResidentId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FiledByUserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Kind",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Location",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ReopenCount",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Resolution",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 2000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ResolvedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Satisfaction",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SatisfactionComment",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 1000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Status",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Title",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_Complaints",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_Complaints_Complexes_ComplexId",
                  "Columns": [
                    "ComplexId"
                  ],
                  "PrincipalTable": "Complexes",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 1
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_Complaints_AssigneeUserId_Status",
                  "Columns": [
                    "AssigneeUserId",
                    "Status"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Complaints_ComplexId_Status_FiledAt",
                  "Columns": [
                    "ComplexId",
                    "Status",
                    "FiledAt"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Complaints_FiledByHouseholdId",
                  "Columns": [
                    "FiledByHouseholdId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "ComplexManagerAssignments",
              "Columns": [
                {
                  "Name": "ComplexId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "From",
                  "ClrType": "System.DateOnly",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Until",
                  "ClrType": "System.DateOnly",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "UserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_ComplexManagerAssignments",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_ComplexManagerAssignments_Complexes_ComplexId",
                  "Columns": [
                    "ComplexId"
                  ],
                  "PrincipalTable": "Complexes",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_ComplexManagerAssignments_ComplexId",
                  "Columns": [
                    "ComplexId"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_ComplexManagerAssignments_UserId",
                  "Columns": [
                    "UserId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "Complexes",
              "Columns": [
                {
                  "Name": "ApprovedOn",
                  "ClrType": "System.DateOnly",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "BjdCode",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 10,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "BuildingCount",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ExclusiveArea",
                  "ClrType": "System.Double",
                  "StoreType": "REAL",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "HeatingType",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "HouseholdCount",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "HousingType",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "KaptCode",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 9,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "LotAddress",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 300,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ManagedArea",
                  "ClrType": "System.Double",
                  "StoreType": "REAL",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ManagementType",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "OfficePhone",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Operator",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RegionId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RoadAddress",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 300,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SaleType",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "TotalArea",
                  "ClrType": "System.Double",
                  "StoreType": "REAL",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_Complexes",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_Complexes_Regions_RegionId",
                  "Columns": [
                    "RegionId"
                  ],
                  "PrincipalTable": "Regions",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 1
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_Complexes_HousingType_HeatingType_HouseholdCount",
                  "Columns": [
                    "HousingType",
                    "HeatingType",
                    "HouseholdCount"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Complexes_KaptCode",
                  "Columns": [
                    "KaptCode"
                  ],
                  "Unique": true
                },
                {
                  "Name": "IX_Complexes_RegionId",
                  "Columns": [
                    "RegionId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "DisclosureExports",
              "Columns": [
                {
                  "Name": "CompletedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "CreatedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ErrorMessage",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 1000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ExpiresAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FileSize",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Format",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 10,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Items",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 2000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RequestedBy",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RequestedByName",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RowCount",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RowsEstimated",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RowsWritten",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Scope",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "StartedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Status",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 10,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_DisclosureExports",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "IX_DisclosureExports_RequestedBy_Status",
                  "Columns": [
                    "RequestedBy",
                    "Status"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_DisclosureExports_Status_ExpiresAt",
                  "Columns": [
                    "Status",
                    "ExpiresAt"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "DisclosureFlags",
              "Columns": [
                {
                  "Name": "DisclosureMonthId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ItemCode",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 40,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Message",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 500,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_DisclosureFlags",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_DisclosureFlags_DisclosureMonths_DisclosureMonthId",
                  "Columns": [
                    "DisclosureMonthId"
                  ],
                  "PrincipalTable": "DisclosureMonths",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_DisclosureFlags_DisclosureMonthId",
                  "Columns": [
                    "DisclosureMonthId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "DisclosureLineItems",
              "Columns": [
                {
                  "Name": "Amount",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "DisclosureMonthId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ItemCode",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 40,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_DisclosureLineItems",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_DisclosureLineItems_DisclosureMonths_DisclosureMonthId",
                  "Columns": [
                    "DisclosureMonthId"
                  ],
                  "PrincipalTable": "DisclosureMonths",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_DisclosureLineItems_DisclosureMonthId_ItemCode",
                  "Columns": [
                    "DisclosureMonthId",
                    "ItemCode"
                  ],
                  "Unique": true
                },
                {
                  "Name": "IX_DisclosureLineItems_ItemCode",
                  "Columns": [
                    "ItemCode"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "DisclosureMonths",
              "Columns": [
                {
                  "Name": "CommonPerSquareMeter",
                  "ClrType": "System.Double",
                  "StoreType": "REAL",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "CommonTotal",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ComplexId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "CorrectionReason",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 500,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "DueDate",
                  "ClrType": "System.DateOnly",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ExclusiveArea",
                  "ClrType": "System.Double",
                  "StoreType": "REAL",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FiledAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FiledByUserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FiledLate",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FirstDisclosedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "GeneralManagementTotal",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "GrandTotal",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "GrandTotalPerSquareMeter",
                  "ClrType": "System.Double",
                  "StoreType": "REAL",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "IndividualUsagePerSquareMeter",
                  "ClrType": "System.Double",
                  "StoreType": "REAL",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "IndividualUsageTotal",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "IsDisclosed",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "MiscIncome",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Month",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "OtherUsagePerSquareMeter",
                  "ClrType": "System.Double",
                  "StoreType": "REAL",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "OtherUsageTotal",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RepairReserveCharged",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RepairReservePerSquareMeter",
                  "ClrType": "System.Double",
                  "StoreType": "REAL",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RepairReserveRate",
                  "ClrType": "System.Double",
                  "StoreType": "REAL",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Revision",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Source",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 10,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_DisclosureMonths",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_DisclosureMonths_Complexes_ComplexId",
                  "Columns": [
                    "ComplexId"
                  ],
                  "PrincipalTable": "Complexes",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 1
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_DisclosureMonths_ComplexId_Month",
                  "Columns": [
                    "ComplexId",
                    "Month"
                  ],
                  "Unique": true
                },
                {
                  "Name": "IX_DisclosureMonths_FiledLate",
                  "Columns": [
                    "FiledLate"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_DisclosureMonths_Month_IsDisclosed",
                  "Columns": [
                    "Month",
                    "IsDisclosed"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "DisclosureRevisions",
              "Columns": [
                {
                  "Name": "CorrectionReason",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 500,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "DisclosureMonthId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FiledAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FiledByUserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "GrandTotal",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Items",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Number",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RepairReserveRate",
                  "ClrType": "System.Double",
                  "StoreType": "REAL",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Source",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 10,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "WasDisclosed",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_DisclosureRevisions",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_DisclosureRevisions_DisclosureMonths_DisclosureMonthId",
                  "Columns": [
                    "DisclosureMonthId"
                  ],
                  "PrincipalTable": "DisclosureMonths",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_DisclosureRevisions_DisclosureMonthId_Number",
                  "Columns": [
                    "DisclosureMonthId",
                    "Number"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "DocumentAttachments",
              "Columns": [
                {
                  "Name": "ContentType",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 100,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "DocumentId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FileId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FileName",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 260,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Size",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_DocumentAttachments",
                "Columns": [
                  "DocumentId",
                  "FileId"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_DocumentAttachments_Documents_DocumentId",
                  "Columns": [
                    "DocumentId"
                  ],
                  "PrincipalTable": "Documents",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "DocumentDeliveries",
              "Columns": [
                {
                  "Name": "DocumentId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "LastNotifiedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "NotificationCount",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "NotificationRequestedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "NotificationRound",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "NotifiedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "OverdueAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ReadAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ReadByUserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RecipientId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RecipientKind",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RecipientName",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SentAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Status",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "UnreachableAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "WasOverdue",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_DocumentDeliveries",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_DocumentDeliveries_Documents_DocumentId",
                  "Columns": [
                    "DocumentId"
                  ],
                  "PrincipalTable": "Documents",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_DocumentDeliveries_DocumentId_RecipientKind_RecipientId",
                  "Columns": [
                    "DocumentId",
                    "RecipientKind",
                    "RecipientId"
                  ],
                  "Unique": true
                },
                {
                  "Name": "IX_DocumentDeliveries_NotificationRequestedAt",
                  "Columns": [
                    "NotificationRequestedAt"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_DocumentDeliveries_RecipientKind_RecipientId_Status",
                  "Columns": [
                    "RecipientKind",
                    "RecipientId",
                    "Status"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "DocumentReplies",
              "Columns": [
                {
                  "Name": "Body",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "DeliveryId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RepliedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RepliedByUserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_DocumentReplies",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_DocumentReplies_DocumentDeliveries_DeliveryId",
                  "Columns": [
                    "DeliveryId"
                  ],
                  "PrincipalTable": "DocumentDeliveries",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_DocumentReplies_DeliveryId",
                  "Columns": [
                    "DeliveryId"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "DocumentReplyAttachments",
              "Columns": [
                {
                  "Name": "ContentType",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 100,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FileId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FileName",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 260,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ReplyId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Size",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_DocumentReplyAttachments",
                "Columns": [
                  "ReplyId",
                  "FileId"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_DocumentReplyAttachments_DocumentReplies_ReplyId",
                  "Columns": [
                    "ReplyId"
                  ],
                  "PrincipalTable": "DocumentReplies",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "Documents",
              "Columns": [
                {
                  "Name": "Body",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Category",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Fingerprint",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 64,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "IdempotencyKey",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 100,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Number",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 220,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Prefix",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ReplyDueAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RequiresReply",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SenderId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SenderKind",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SenderName",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SentAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SentByUserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Sequence",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Title",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Year",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_Documents",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "IX_Documents_ReplyDueAt",
                  "Columns": [
                    "ReplyDueAt"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Documents_SenderId_Year_Number",
                  "Columns": [
                    "SenderId",
                    "Year",
                    "Number"
                  ],
                  "Unique": true
                },
                {
                  "Name": "IX_Documents_SenderId_Year_Sequence",
                  "Columns": [
                    "SenderId",
                    "Year",
                    "Sequence"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Documents_SentAt",
                  "Columns": [
                    "SentAt"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Documents_SentByUserId_IdempotencyKey",
                  "Columns": [
                    "SentByUserId",
                    "IdempotencyKey"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "Households",
              "Columns": [
                {
                  "Name": "BuildingId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ComplexId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "HeadResidentId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "MovedInOn",
                  "ClrType": "System.DateOnly",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "MovedOutOn",
                  "ClrType": "System.DateOnly",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "UnitId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_Households",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_Households_Buildings_BuildingId",
                  "Columns": [
                    "BuildingId"
                  ],
                  "PrincipalTable": "Buildings",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 1
                },
                {
                  "Name": "FK_Households_Complexes_ComplexId",
                  "Columns": [
                    "ComplexId"
                  ],
                  "PrincipalTable": "Complexes",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 1
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_Households_BuildingId",
                  "Columns": [
                    "BuildingId"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Households_ComplexId",
                  "Columns": [
                    "ComplexId"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Households_UnitId_MovedOutOn",
                  "Columns": [
                    "UnitId",
                    "MovedOutOn"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "JobRuns",
              "Columns": [
                {
                  "Name": "Error",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 4000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FinishedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FireInstanceId",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 140,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "JobGroup",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "JobName",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Manual",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Node",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Result",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ScheduledFor",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "StartedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Summary",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 1000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "TriggerName",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_JobRuns",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "IX_JobRuns_FireInstanceId",
                  "Columns": [
                    "FireInstanceId"
                  ],
                  "Unique": true
                },
                {
                  "Name": "IX_JobRuns_JobGroup_JobName_StartedAt",
                  "Columns": [
                    "JobGroup",
                    "JobName",
                    "StartedAt"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "LedgerEntries",
              "Columns": [
                {
                  "Name": "AccountId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Amount",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "BalanceAfter",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "TransactionId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_LedgerEntries",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_LedgerEntries_LedgerTransactions_TransactionId",
                  "Columns": [
                    "TransactionId"
                  ],
                  "PrincipalTable": "LedgerTransactions",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                },
                {
                  "Name": "FK_LedgerEntries_PointAccounts_AccountId",
                  "Columns": [
                    "AccountId"
                  ],
                  "PrincipalTable": "PointAccounts",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 1
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_LedgerEntries_AccountId",
                  "Columns": [
                    "AccountId"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_LedgerEntries_TransactionId",
                  "Columns": [
                    "TransactionId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "LedgerTransactions",
              "Columns": [
                {
                  "Name": "Description",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 300,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Fingerprint",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 600,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "IdempotencyKey",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 300,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Kind",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 30,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "OccurredAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ReferenceId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_LedgerTransactions",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "IX_LedgerTransactions_IdempotencyKey",
                  "Columns": [
                    "IdempotencyKey"
                  ],
                  "Unique": true
                },
                {
                  "Name": "IX_LedgerTransactions_OccurredAt",
                  "Columns": [
                    "OccurredAt"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_LedgerTransactions_ReferenceId",
                  "Columns": [
                    "ReferenceId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "ListingReports",
              "Columns": [
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ListingId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Reason",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 1000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ReportedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ResidentId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_ListingReports",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_ListingReports_Listings_ListingId",
                  "Columns": [
                    "ListingId"
                  ],
                  "PrincipalTable": "Listings",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_ListingReports_ListingId_ResidentId",
                  "Columns": [
                    "ListingId",
                    "ResidentId"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "Listings",
              "Columns": [
                {
                  "Name": "AcceptsPoints",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ClosedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "CreatedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Deadline",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Description",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 4000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "GroupBuyOutcome",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "HiddenAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "HiddenByUserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "HiddenReason",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 1000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Kind",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 30,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "MinimumParticipants",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Price",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RentalAddress",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 300,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RentalApplicationEnd",
                  "ClrType": "System.DateOnly",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RentalApplicationStart",
                  "ClrType": "System.DateOnly",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RentalDeposit",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RentalEligibility",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 2000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RentalExclusiveArea",
                  "ClrType": "System.Double",
                  "StoreType": "REAL",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RentalMonthlyRent",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RentalSupplyType",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 30,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RestoredAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RestoredByUserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Scope",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ScopeComplexId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ScopeRegionId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SellerKind",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SellerResidentId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SellerVendorId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SourceNoticeId",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 100,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Status",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "StatusBeforeHidden",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "TalentCategory",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Title",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_Listings",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "IX_Listings_Kind_GroupBuyOutcome_Deadline",
                  "Columns": [
                    "Kind",
                    "GroupBuyOutcome",
                    "Deadline"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Listings_Kind_Status",
                  "Columns": [
                    "Kind",
                    "Status"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Listings_Scope_ScopeComplexId_Status",
                  "Columns": [
                    "Scope",
                    "ScopeComplexId",
                    "Status"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Listings_Scope_ScopeRegionId_Status",
                  "Columns": [
                    "Scope",
                    "ScopeRegionId",
                    "Status"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Listings_SellerResidentId",
                  "Columns": [
                    "SellerResidentId"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Listings_SellerVendorId",
                  "Columns": [
                    "SellerVendorId"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Listings_SourceNoticeId",
                  "Columns": [
                    "SourceNoticeId"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "NewsItems",
              "Columns": [
                {
                  "Name": "ApplyFrom",
                  "ClrType": "System.DateOnly",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ApplyUntil",
                  "ClrType": "System.DateOnly",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "AuthorUserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Body",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Category",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ComplexId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "CreatedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Link",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 500,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "PublishedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Scope",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SigunguCode",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 5,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Status",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Summary",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 1000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Title",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_NewsItems",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "IX_NewsItems_ComplexId",
                  "Columns": [
                    "ComplexId"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_NewsItems_Status_Scope_PublishedAt",
                  "Columns": [
                    "Status",
                    "Scope",
                    "PublishedAt"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "NoticeAttachments",
              "Columns": [
                {
                  "Name": "FileId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FileName",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 260,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "NoticeId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_NoticeAttachments",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_NoticeAttachments_Notices_NoticeId",
                  "Columns": [
                    "NoticeId"
                  ],
                  "PrincipalTable": "Notices",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_NoticeAttachments_NoticeId",
                  "Columns": [
                    "NoticeId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "Notices",
              "Columns": [
                {
                  "Name": "AuthorUserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Body",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ComplexId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "CreatedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Pinned",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "PublishedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Status",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Title",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "UpdatedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_Notices",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_Notices_Complexes_ComplexId",
                  "Columns": [
                    "ComplexId"
                  ],
                  "PrincipalTable": "Complexes",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 1
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_Notices_ComplexId_Status_PublishedAt",
                  "Columns": [
                    "ComplexId",
                    "Status",
                    "PublishedAt"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "Orders",
              "Columns": [
                {
                  "Name": "Amount",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "BuyerComplexId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "BuyerResidentId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "CancelReason",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 1000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "CancelledAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "CancelledBy",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "CompletedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ConfirmedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ListingId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ListingKind",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 30,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "PaidWithPoints",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "PaymentTransactionId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Quantity",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RefundTransactionId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RequestedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RewardTransactionId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SellerKind",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SellerResidentId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SellerVendorId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Status",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "UnitPrice",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_Orders",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_Orders_Listings_ListingId",
                  "Columns": [
                    "ListingId"
                  ],
                  "PrincipalTable": "Listings",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 1
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_Orders_BuyerResidentId",
                  "Columns": [
                    "BuyerResidentId"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Orders_ListingId_Status",
                  "Columns": [
                    "ListingId",
                    "Status"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Orders_SellerResidentId",
                  "Columns": [
                    "SellerResidentId"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Orders_SellerVendorId",
                  "Columns": [
                    "SellerVendorId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "OutboundMessageAttempts",
              "Columns": [
                {
                  "Name": "Error",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 2000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FinishedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "MessageId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Number",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Outcome",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "StartedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Transport",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 40,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_OutboundMessageAttempts",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_OutboundMessageAttempts_OutboundMessages_MessageId",
                  "Columns": [
                    "MessageId"
                  ],
                  "PrincipalTable": "OutboundMessages",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_OutboundMessageAttempts_MessageId_Number",
                  "Columns": [
                    "MessageId",
                    "Number"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "OutboundMessages",
              "Columns": [
                {
                  "Name": "AttemptCount",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Body",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 4000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Channel",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "CreatedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "DedupKey",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "LastError",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 2000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "NotBefore",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ProviderMessageId",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Recipient",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 320,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SentAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Status",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Subject",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_OutboundMessages",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "IX_OutboundMessages_CreatedAt",
                  "Columns": [
                    "CreatedAt"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_OutboundMessages_DedupKey",
                  "Columns": [
                    "DedupKey"
                  ],
                  "Unique": true
                },
                {
                  "Name": "IX_OutboundMessages_Status_NotBefore",
                  "Columns": [
                    "Status",
                    "NotBefore"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "PointAccounts",
              "Columns": [
                {
                  "Name": "Balance",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Key",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 100,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Kind",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 30,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Operator",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "OwnerId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_PointAccounts",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "IX_PointAccounts_Key",
                  "Columns": [
                    "Key"
                  ],
                  "Unique": true
                },
                {
                  "Name": "IX_PointAccounts_Kind_OwnerId",
                  "Columns": [
                    "Kind",
                    "OwnerId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "PointLots",
              "Columns": [
                {
                  "Name": "AccountId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Amount",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "EarnedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Expired",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ExpiresAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Remaining",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "TransactionId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_PointLots",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_PointLots_PointAccounts_AccountId",
                  "Columns": [
                    "AccountId"
                  ],
                  "PrincipalTable": "PointAccounts",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_PointLots_AccountId",
                  "Columns": [
                    "AccountId"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_PointLots_ExpiresAt_Remaining",
                  "Columns": [
                    "ExpiresAt",
                    "Remaining"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "PollOptions",
              "Columns": [
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Order",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "PollQuestionId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Text",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Votes",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_PollOptions",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_PollOptions_PollQuestions_PollQuestionId",
                  "Columns": [
                    "PollQuestionId"
                  ],
                  "PrincipalTable": "PollQuestions",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_PollOptions_PollQuestionId",
                  "Columns": [
                    "PollQuestionId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "PollParticipations",
              "Columns": [
                {
                  "Name": "CastAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "HouseholdId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "PollId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_PollParticipations",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_PollParticipations_Polls_PollId",
                  "Columns": [
                    "PollId"
                  ],
                  "PrincipalTable": "Polls",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_PollParticipations_PollId_HouseholdId",
                  "Columns": [
                    "PollId",
                    "HouseholdId"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "PollQuestions",
              "Columns": [
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Kind",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Order",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "PollId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Text",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 500,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_PollQuestions",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_PollQuestions_Polls_PollId",
                  "Columns": [
                    "PollId"
                  ],
                  "PrincipalTable": "Polls",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_PollQuestions_PollId",
                  "Columns": [
                    "PollId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "Polls",
              "Columns": [
                {
                  "Name": "CancelledAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ClosedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ClosesAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ComplexId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "CreatedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "CreatedByUserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Description",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "EligibleHouseholds",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Kind",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 10,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "OpensAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Title",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_Polls",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_Polls_Complexes_ComplexId",
                  "Columns": [
                    "ComplexId"
                  ],
                  "PrincipalTable": "Complexes",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 1
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_Polls_ClosedAt_ClosesAt",
                  "Columns": [
                    "ClosedAt",
                    "ClosesAt"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Polls_ComplexId_OpensAt",
                  "Columns": [
                    "ComplexId",
                    "OpensAt"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "Regions",
              "Columns": [
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SidoName",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 40,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SigunguCode",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 5,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SigunguName",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 40,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_Regions",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "IX_Regions_SigunguCode",
                  "Columns": [
                    "SigunguCode"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "Residents",
              "Columns": [
                {
                  "Name": "ComplexId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "HouseholdId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "IsRepresentative",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "JoinedOn",
                  "ClrType": "System.DateOnly",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "LeftOn",
                  "ClrType": "System.DateOnly",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 100,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Phone",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "UserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_Residents",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_Residents_Households_HouseholdId",
                  "Columns": [
                    "HouseholdId"
                  ],
                  "PrincipalTable": "Households",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 1
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_Residents_ComplexId",
                  "Columns": [
                    "ComplexId"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Residents_HouseholdId",
                  "Columns": [
                    "HouseholdId"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_Residents_UserId",
                  "Columns": [
                    "UserId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "StoredFiles",
              "Columns": [
                {
                  "Name": "ContentType",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 100,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FileName",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Sha256",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 64,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Size",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "UploadedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "UploadedBy",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_StoredFiles",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "IX_StoredFiles_UploadedBy",
                  "Columns": [
                    "UploadedBy"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "SyncCheckpoints",
              "Columns": [
                {
                  "Name": "CompletedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Imported",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Item",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 100,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ItemsDone",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "LastError",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 4000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Month",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "OperationsDone",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Page",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "PartialData",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ResumeAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RunKey",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 100,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Scope",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 400,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Source",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 40,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "StartedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Status",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "UpdatedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_SyncCheckpoints",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "IX_SyncCheckpoints_Source_Scope",
                  "Columns": [
                    "Source",
                    "Scope"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "Units",
              "Columns": [
                {
                  "Name": "BuildingId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ExclusiveArea",
                  "ClrType": "System.Double",
                  "StoreType": "REAL",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Floor",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Number",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_Units",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_Units_Buildings_BuildingId",
                  "Columns": [
                    "BuildingId"
                  ],
                  "PrincipalTable": "Buildings",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_Units_BuildingId_Number",
                  "Columns": [
                    "BuildingId",
                    "Number"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "Vendors",
              "Columns": [
                {
                  "Name": "BusinessNumber",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 10,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Kind",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 30,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Phone",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RegisteredAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_Vendors",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "IX_Vendors_BusinessNumber",
                  "Columns": [
                    "BusinessNumber"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "WelfareAccessLog",
              "Columns": [
                {
                  "Name": "Action",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 10,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ActorName",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 100,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ActorUserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "At",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "CaseId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "CenterId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ClientId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Fields",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 500,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Hash",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 64,
                  "FixedLength": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "IpAddress",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 45,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "PreviousHash",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 64,
                  "FixedLength": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Purpose",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 500,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Sequence",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_WelfareAccessLog",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "IX_WelfareAccessLog_CenterId_At",
                  "Columns": [
                    "CenterId",
                    "At"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_WelfareAccessLog_ClientId",
                  "Columns": [
                    "ClientId"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_WelfareAccessLog_Sequence",
                  "Columns": [
                    "Sequence"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "WelfareAccessLogHead",
              "Columns": [
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "LastHash",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 64,
                  "FixedLength": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "LastSequence",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_WelfareAccessLogHead",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "WelfareAccessLogReviews",
              "Columns": [
                {
                  "Name": "CenterId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ChainIntact",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "EntriesReviewed",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Exports",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Findings",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 4000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Month",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Reveals",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SignedOffAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SignedOffByStaffId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_WelfareAccessLogReviews",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_WelfareAccessLogReviews_WelfareCenters_CenterId",
                  "Columns": [
                    "CenterId"
                  ],
                  "PrincipalTable": "WelfareCenters",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 1
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_WelfareAccessLogReviews_CenterId_Month",
                  "Columns": [
                    "CenterId",
                    "Month"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "WelfareCaseAssessments",
              "Columns": [
                {
                  "Name": "AssessedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "AssessedByStaffId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FinancialSituation",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "HousingCondition",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Needs",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "WelfareCaseId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_WelfareCaseAssessments",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_WelfareCaseAssessments_WelfareCases_WelfareCaseId",
                  "Columns": [
                    "WelfareCaseId"
                  ],
                  "PrincipalTable": "WelfareCases",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_WelfareCaseAssessments_WelfareCaseId",
                  "Columns": [
                    "WelfareCaseId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "WelfareCaseClosures",
              "Columns": [
                {
                  "Name": "ClosedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ClosedByStaffId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ClosedFrom",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "EarlyClosureReason",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 2000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Outcome",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 30,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Summary",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "WelfareCaseId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_WelfareCaseClosures",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_WelfareCaseClosures_WelfareCases_WelfareCaseId",
                  "Columns": [
                    "WelfareCaseId"
                  ],
                  "PrincipalTable": "WelfareCases",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_WelfareCaseClosures_WelfareCaseId",
                  "Columns": [
                    "WelfareCaseId"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "WelfareCaseCrises",
              "Columns": [
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Type",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 30,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "WelfareCaseId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_WelfareCaseCrises",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_WelfareCaseCrises_WelfareCases_WelfareCaseId",
                  "Columns": [
                    "WelfareCaseId"
                  ],
                  "PrincipalTable": "WelfareCases",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_WelfareCaseCrises_Type",
                  "Columns": [
                    "Type"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_WelfareCaseCrises_WelfareCaseId",
                  "Columns": [
                    "WelfareCaseId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "WelfareCaseNotes",
              "Columns": [
                {
                  "Name": "CenterId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "StaffId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Text",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "WelfareCaseId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "WrittenAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_WelfareCaseNotes",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_WelfareCaseNotes_WelfareCases_WelfareCaseId",
                  "Columns": [
                    "WelfareCaseId"
                  ],
                  "PrincipalTable": "WelfareCases",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_WelfareCaseNotes_WelfareCaseId",
                  "Columns": [
                    "WelfareCaseId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "WelfareCasePlans",
              "Columns": [
                {
                  "Name": "ConferenceDate",
                  "ClrType": "System.DateOnly",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ConferenceParticipants",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 500,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "PlannedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "PlannedByStaffId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "WelfareCaseId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_WelfareCasePlans",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_WelfareCasePlans_WelfareCases_WelfareCaseId",
                  "Columns": [
                    "WelfareCaseId"
                  ],
                  "PrincipalTable": "WelfareCases",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_WelfareCasePlans_WelfareCaseId",
                  "Columns": [
                    "WelfareCaseId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "WelfareCaseStatusChanges",
              "Columns": [
                {
                  "Name": "At",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "CenterId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "From",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Reason",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 2000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "StaffId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "To",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "WelfareCaseId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_WelfareCaseStatusChanges",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_WelfareCaseStatusChanges_WelfareCases_WelfareCaseId",
                  "Columns": [
                    "WelfareCaseId"
                  ],
                  "PrincipalTable": "WelfareCases",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_WelfareCaseStatusChanges_WelfareCaseId",
                  "Columns": [
                    "WelfareCaseId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "WelfareCases",
              "Columns": [
                {
                  "Name": "AssignedWorkerId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "CenterId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ClientId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "IntakeChannel",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "IntakeDate",
                  "ClrType": "System.DateOnly",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "OpenedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "OpenedByCenterId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "PresentingProblem",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ReferralSource",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Status",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Urgency",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_WelfareCases",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_WelfareCases_WelfareCenters_CenterId",
                  "Columns": [
                    "CenterId"
                  ],
                  "PrincipalTable": "WelfareCenters",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 1
                },
                {
                  "Name": "FK_WelfareCases_WelfareClients_ClientId",
                  "Columns": [
                    "ClientId"
                  ],
                  "PrincipalTable": "WelfareClients",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 1
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_WelfareCases_AssignedWorkerId",
                  "Columns": [
                    "AssignedWorkerId"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_WelfareCases_CenterId_Status",
                  "Columns": [
                    "CenterId",
                    "Status"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_WelfareCases_ClientId",
                  "Columns": [
                    "ClientId"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_WelfareCases_Status_IntakeDate",
                  "Columns": [
                    "Status",
                    "IntakeDate"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "WelfareCenters",
              "Columns": [
                {
                  "Name": "Address",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 300,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Kind",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 10,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 100,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Phone",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "SigunguCode",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 5,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_WelfareCenters",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "IX_WelfareCenters_SigunguCode",
                  "Columns": [
                    "SigunguCode"
                  ],
                  "Unique": true
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "WelfareClientHouseholdMembers",
              "Columns": [
                {
                  "Name": "BirthDate",
                  "ClrType": "System.DateOnly",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ClientId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 100,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Relationship",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 40,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_WelfareClientHouseholdMembers",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_WelfareClientHouseholdMembers_WelfareClients_ClientId",
                  "Columns": [
                    "ClientId"
                  ],
                  "PrincipalTable": "WelfareClients",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_WelfareClientHouseholdMembers_ClientId",
                  "Columns": [
                    "ClientId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "WelfareClients",
              "Columns": [
                {
                  "Name": "Address",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 300,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "BirthDate",
                  "ClrType": "System.DateOnly",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "IncomeLevel",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 30,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "MaskedRegistrationNumber",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 14,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 100,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Phone",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ProtectedRegistrationNumber",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 1000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RegisteredAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RegisteredByCenterId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RegistrationNumberLegalBasis",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_WelfareClients",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_WelfareClients_WelfareCenters_RegisteredByCenterId",
                  "Columns": [
                    "RegisteredByCenterId"
                  ],
                  "PrincipalTable": "WelfareCenters",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 1
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_WelfareClients_RegisteredByCenterId",
                  "Columns": [
                    "RegisteredByCenterId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "WelfareFollowUps",
              "Columns": [
                {
                  "Name": "DueDate",
                  "ClrType": "System.DateOnly",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "HousingStable",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RecordedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RecordedByStaffId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Result",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 2000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "WelfareCaseId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_WelfareFollowUps",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_WelfareFollowUps_WelfareCases_WelfareCaseId",
                  "Columns": [
                    "WelfareCaseId"
                  ],
                  "PrincipalTable": "WelfareCases",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_WelfareFollowUps_DueDate_RecordedAt",
                  "Columns": [
                    "DueDate",
                    "RecordedAt"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_WelfareFollowUps_WelfareCaseId",
                  "Columns": [
                    "WelfareCaseId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "WelfarePlanGoals",
              "Columns": [
                {
                  "Name": "AchievedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "CasePlanId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Description",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 1000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Order",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "TargetDate",
                  "ClrType": "System.DateOnly",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_WelfarePlanGoals",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_WelfarePlanGoals_WelfareCasePlans_CasePlanId",
                  "Columns": [
                    "CasePlanId"
                  ],
                  "PrincipalTable": "WelfareCasePlans",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_WelfarePlanGoals_CasePlanId",
                  "Columns": [
                    "CasePlanId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "WelfareReferrals",
              "Columns": [
                {
                  "Name": "DeclineReason",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 2000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ExternalAgency",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "FromCenterId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Reason",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 2000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ReferredAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ReferredByStaffId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RespondedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RespondedByStaffId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Status",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "ToCenterId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "WelfareCaseId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_WelfareReferrals",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_WelfareReferrals_WelfareCases_WelfareCaseId",
                  "Columns": [
                    "WelfareCaseId"
                  ],
                  "PrincipalTable": "WelfareCases",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_WelfareReferrals_FromCenterId",
                  "Columns": [
                    "FromCenterId"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_WelfareReferrals_ToCenterId_Status",
                  "Columns": [
                    "ToCenterId",
                    "Status"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_WelfareReferrals_WelfareCaseId",
                  "Columns": [
                    "WelfareCaseId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "WelfareServiceRecords",
              "Columns": [
                {
                  "Name": "Amount",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Date",
                  "ClrType": "System.DateOnly",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Note",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Outcome",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 30,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Provider",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RecordedAt",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "RecordedByStaffId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Type",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 30,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "WelfareCaseId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_WelfareServiceRecords",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_WelfareServiceRecords_WelfareCases_WelfareCaseId",
                  "Columns": [
                    "WelfareCaseId"
                  ],
                  "PrincipalTable": "WelfareCases",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_WelfareServiceRecords_Type_Date",
                  "Columns": [
                    "Type",
                    "Date"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_WelfareServiceRecords_WelfareCaseId",
                  "Columns": [
                    "WelfareCaseId"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "WelfareStaff",
              "Columns": [
                {
                  "Name": "Active",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "CenterId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Id",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 100,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Role",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "UserId",
                  "ClrType": "System.Guid",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "Version",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_WelfareStaff",
                "Columns": [
                  "Id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_WelfareStaff_WelfareCenters_CenterId",
                  "Columns": [
                    "CenterId"
                  ],
                  "PrincipalTable": "WelfareCenters",
                  "PrincipalColumns": [
                    "Id"
                  ],
                  "OnDelete": 1
                }
              ],
              "Indexes": [
                {
                  "Name": "IX_WelfareStaff_CenterId",
                  "Columns": [
                    "CenterId"
                  ],
                  "Unique": false
                },
                {
                  "Name": "IX_WelfareStaff_UserId_Active",
                  "Columns": [
                    "UserId",
                    "Active"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "qrtz_blob_triggers",
              "Columns": [
                {
                  "Name": "blob_data",
                  "ClrType": "System.Byte[]",
                  "StoreType": "BLOB",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "sched_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 120,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "trigger_group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "trigger_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_qrtz_blob_triggers",
                "Columns": [
                  "sched_name",
                  "trigger_name",
                  "trigger_group"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_qrtz_blob_triggers_qrtz_triggers_sched_name_trigger_name_trigger_group",
                  "Columns": [
                    "sched_name",
                    "trigger_name",
                    "trigger_group"
                  ],
                  "PrincipalTable": "qrtz_triggers",
                  "PrincipalColumns": [
                    "sched_name",
                    "trigger_name",
                    "trigger_group"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "qrtz_calendars",
              "Columns": [
                {
                  "Name": "calendar",
                  "ClrType": "System.Byte[]",
                  "StoreType": "BLOB",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "calendar_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "sched_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 120,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_qrtz_calendars",
                "Columns": [
                  "sched_name",
                  "calendar_name"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "qrtz_cron_triggers",
              "Columns": [
                {
                  "Name": "cron_expression",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 250,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "sched_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 120,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "time_zone_id",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 80,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "trigger_group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "trigger_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_qrtz_cron_triggers",
                "Columns": [
                  "sched_name",
                  "trigger_name",
                  "trigger_group"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_qrtz_cron_triggers_qrtz_triggers_sched_name_trigger_name_trigger_group",
                  "Columns": [
                    "sched_name",
                    "trigger_name",
                    "trigger_group"
                  ],
                  "PrincipalTable": "qrtz_triggers",
                  "PrincipalColumns": [
                    "sched_name",
                    "trigger_name",
                    "trigger_group"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "qrtz_execution_history",
              "Columns": [
                {
                  "Name": "entry_id",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 140,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "error_message",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 1000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "execution_log",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "fire_instance_id",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 140,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "fired_time",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "instance_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "job_group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "job_input",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "job_input_too_large",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "job_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "manual",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "metrics",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "result",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "retry_attempt",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "DefaultValue": {
                    "Name": "DefaultValue",
                    "Type": "System.Int32",
                    "Value": "0"
                  },
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "retry_scheduled",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "DefaultValue": {
                    "Name": "DefaultValue",
                    "Type": "System.Boolean",
                    "Value": "False"
                  },
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "run_time",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "sched_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 120,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "succeeded",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "summary",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 1000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "trigger_group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "trigger_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_qrtz_execution_history",
                "Columns": [
                  "sched_name",
                  "entry_id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "idx_qrtz_eh_fire_inst",
                  "Columns": [
                    "sched_name",
                    "fire_instance_id"
                  ],
                  "Unique": false
                },
                {
                  "Name": "idx_qrtz_eh_fired_time",
                  "Columns": [
                    "sched_name",
                    "fired_time"
                  ],
                  "Unique": false
                },
                {
                  "Name": "idx_qrtz_eh_inst",
                  "Columns": [
                    "sched_name",
                    "instance_name"
                  ],
                  "Unique": false
                },
                {
                  "Name": "idx_qrtz_eh_job_time",
                  "Columns": [
                    "sched_name",
                    "job_group",
                    "job_name",
                    "fired_time"
                  ],
                  "Unique": false
                },
                {
                  "Name": "idx_qrtz_eh_trig_time",
                  "Columns": [
                    "sched_name",
                    "trigger_group",
                    "trigger_name",
                    "fired_time"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "qrtz_fired_triggers",
              "Columns": [
                {
                  "Name": "entry_id",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 140,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "execution_group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "fired_time",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "instance_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "interrupt_requested_time",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "is_nonconcurrent",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "job_group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "job_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "priority",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "progress",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "progress_message",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 250,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "requests_recovery",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "sched_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 120,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "sched_time",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "state",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 16,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "trigger_group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "trigger_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_qrtz_fired_triggers",
                "Columns": [
                  "sched_name",
                  "entry_id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "idx_qrtz_ft_inst_job_req_rcvry",
                  "Columns": [
                    "sched_name",
                    "instance_name",
                    "requests_recovery"
                  ],
                  "Unique": false
                },
                {
                  "Name": "idx_qrtz_ft_j_g",
                  "Columns": [
                    "sched_name",
                    "job_name",
                    "job_group"
                  ],
                  "Unique": false
                },
                {
                  "Name": "idx_qrtz_ft_t_g",
                  "Columns": [
                    "sched_name",
                    "trigger_name",
                    "trigger_group"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "qrtz_job_details",
              "Columns": [
                {
                  "Name": "description",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 250,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "is_durable",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "is_nonconcurrent",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "is_update_data",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "job_class_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 250,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "job_data",
                  "ClrType": "System.Byte[]",
                  "StoreType": "BLOB",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "job_group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "job_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "requests_recovery",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "sched_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 120,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_qrtz_job_details",
                "Columns": [
                  "sched_name",
                  "job_name",
                  "job_group"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "idx_qrtz_j_g_n",
                  "Columns": [
                    "sched_name",
                    "job_group",
                    "job_name"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "qrtz_job_status",
              "Columns": [
                {
                  "Name": "consecutive_failures",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "DefaultValue": {
                    "Name": "DefaultValue",
                    "Type": "System.Int32",
                    "Value": "0"
                  },
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "failure_count",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "DefaultValue": {
                    "Name": "DefaultValue",
                    "Type": "System.Int64",
                    "Value": "0"
                  },
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "first_fired_time",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "job_group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "job_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "last_entry_id",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 140,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "last_failure_message",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 1000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "last_failure_time",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "last_fired_time",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "last_instance_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "last_result",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "last_run_time",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "last_success_time",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "last_summary",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 1000,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "run_count",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "DefaultValue": {
                    "Name": "DefaultValue",
                    "Type": "System.Int64",
                    "Value": "0"
                  },
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "sched_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 120,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_qrtz_job_status",
                "Columns": [
                  "sched_name",
                  "job_group",
                  "job_name"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "qrtz_locks",
              "Columns": [
                {
                  "Name": "lock_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 40,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "sched_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 120,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_qrtz_locks",
                "Columns": [
                  "sched_name",
                  "lock_name"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "qrtz_misfire_history",
              "Columns": [
                {
                  "Name": "entry_id",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 140,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "instance_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "job_group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "job_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "misfire_time",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "reason",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "sched_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 120,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "sched_time",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "trigger_group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "trigger_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_qrtz_misfire_history",
                "Columns": [
                  "sched_name",
                  "entry_id"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [
                {
                  "Name": "idx_qrtz_mh_inst",
                  "Columns": [
                    "sched_name",
                    "instance_name"
                  ],
                  "Unique": false
                },
                {
                  "Name": "idx_qrtz_mh_misfire_time",
                  "Columns": [
                    "sched_name",
                    "misfire_time"
                  ],
                  "Unique": false
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "qrtz_paused_job_grps",
              "Columns": [
                {
                  "Name": "job_group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "pause_reason",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 250,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "paused_at",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "paused_by",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "sched_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 120,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_qrtz_paused_job_grps",
                "Columns": [
                  "sched_name",
                  "job_group"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "qrtz_paused_trigger_grps",
              "Columns": [
                {
                  "Name": "pause_reason",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 250,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "paused_at",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "paused_by",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "sched_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 120,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "trigger_group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_qrtz_paused_trigger_grps",
                "Columns": [
                  "sched_name",
                  "trigger_group"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "qrtz_scheduler_state",
              "Columns": [
                {
                  "Name": "checkin_interval",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "instance_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "last_checkin_time",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "quartz_version",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 20,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "sched_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 120,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_qrtz_scheduler_state",
                "Columns": [
                  "sched_name",
                  "instance_name"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [],
              "Indexes": [],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "qrtz_simple_triggers",
              "Columns": [
                {
                  "Name": "repeat_count",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "repeat_interval",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "sched_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 120,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "times_triggered",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "trigger_group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "trigger_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_qrtz_simple_triggers",
                "Columns": [
                  "sched_name",
                  "trigger_name",
                  "trigger_group"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_qrtz_simple_triggers_qrtz_triggers_sched_name_trigger_name_trigger_group",
                  "Columns": [
                    "sched_name",
                    "trigger_name",
                    "trigger_group"
                  ],
                  "PrincipalTable": "qrtz_triggers",
                  "PrincipalColumns": [
                    "sched_name",
                    "trigger_name",
                    "trigger_group"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "qrtz_simprop_triggers",
              "Columns": [
                {
                  "Name": "bool_prop_1",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "bool_prop_2",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "dec_prop_1",
                  "ClrType": "System.Decimal",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "Precision": 13,
                  "Scale": 4,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "dec_prop_2",
                  "ClrType": "System.Decimal",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "Precision": 13,
                  "Scale": 4,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "int_prop_1",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "int_prop_2",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "long_prop_1",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "long_prop_2",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "sched_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 120,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "str_prop_1",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 512,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "str_prop_2",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 512,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "str_prop_3",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 512,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "time_zone_id",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 80,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "trigger_group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "trigger_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_qrtz_simprop_triggers",
                "Columns": [
                  "sched_name",
                  "trigger_name",
                  "trigger_group"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_qrtz_simprop_triggers_qrtz_triggers_sched_name_trigger_name_trigger_group",
                  "Columns": [
                    "sched_name",
                    "trigger_name",
                    "trigger_group"
                  ],
                  "PrincipalTable": "qrtz_triggers",
                  "PrincipalColumns": [
                    "sched_name",
                    "trigger_name",
                    "trigger_group"
                  ],
                  "OnDelete": 2
                }
              ],
              "Indexes": [],
              "CheckConstraints": [],
              "Annotations": []
            },
            {
              "Name": "qrtz_triggers",
              "Columns": [
                {
                  "Name": "calendar_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "continuation_condition",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "continues_trigger_group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "continues_trigger_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "description",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 250,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "end_time",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "execution_group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "fixed_delay",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "job_data",
                  "ClrType": "System.Byte[]",
                  "StoreType": "BLOB",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "job_group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "job_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "misfire_instr",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "misfire_orig_fire_time",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "misfire_threshold",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "next_fire_time",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "overlap_policy",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "pause_reason",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 250,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "paused_at",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "paused_by",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "preferred_node",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 200,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "preferred_node_auto",
                  "ClrType": "System.Boolean",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "DefaultValue": {
                    "Name": "DefaultValue",
                    "Type": "System.Boolean",
                    "Value": "False"
                  },
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "prev_fire_time",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "priority",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "retry_attempt",
                  "ClrType": "System.Int32",
                  "StoreType": "INTEGER",
                  "Nullable": true,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "retry_policy",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": true,
                  "MaxLength": 250,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "sched_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 120,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "start_time",
                  "ClrType": "System.Int64",
                  "StoreType": "INTEGER",
                  "Nullable": false,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "trigger_group",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "trigger_name",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 150,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "trigger_state",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 16,
                  "ValueGenerated": 0,
                  "Annotations": []
                },
                {
                  "Name": "trigger_type",
                  "ClrType": "System.String",
                  "StoreType": "TEXT",
                  "Nullable": false,
                  "MaxLength": 8,
                  "ValueGenerated": 0,
                  "Annotations": []
                }
              ],
              "PrimaryKey": {
                "Name": "PK_qrtz_triggers",
                "Columns": [
                  "sched_name",
                  "trigger_name",
                  "trigger_group"
                ]
              },
              "UniqueConstraints": [],
              "ForeignKeys": [
                {
                  "Name": "FK_qrtz_triggers_qrtz_job_details_sched_name_job_name_job_group",
                  "Columns": [
                    "sched_name",
                    "job_name",
                    "job_group"
                  ],
                  "PrincipalTable": "qrtz_job_details",
                  "PrincipalColumns": [
                    "sched_name",
                    "job_name",
                    "job_group"
                  ],
                  "OnDelete": 0
                }
              ],
              "Indexes": [
                {
                  "Name": "idx_qrtz_t_c",
                  "Columns": [
                    "sched_name",
                    "calendar_name"
                  ],
                  "Unique": false
                },
                {
                  "Name": "idx_qrtz_t_g_n",
                  "Columns": [
                    "sched_name",
                    "trigger_group",
                    "trigger_name"
                  ],
                  "Unique": false
                },
                {
                  "Name": "idx_qrtz_t_j",
                  "Columns": [
                    "sched_name",
                    "job_name",
                    "job_group"
                  ],
                  "Unique": false
                },
                {
                  "Name": "idx_qrtz_t_nft_st",
                  "Columns": [
                    "sched_name",
                    "trigger_state",
                    "next_fire_time",
                    "priority",
                    "misfire_instr"
                  ],
                  "Unique": false,
                  "Descending": [
                    false,
                    false,
                    false,
                    true,
                    false
                  ]
                }
              ],
              "CheckConstraints": [],
              "Annotations": []
            }
          ]
        }
        """;
}

IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [AtUtc] datetime2 NOT NULL,
        [UserName] nvarchar(256) NOT NULL,
        [IpAddress] nvarchar(64) NULL,
        [Action] nvarchar(32) NOT NULL,
        [EntityType] nvarchar(100) NOT NULL,
        [EntityId] nvarchar(100) NULL,
        [Changes] nvarchar(max) NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE TABLE [AwardForms] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(50) NOT NULL,
        [Name] nvarchar(300) NOT NULL,
        [DecisionLevel] int NOT NULL,
        [NomineeKinds] int NOT NULL,
        [RequiresCouncilVote] bit NOT NULL,
        [QuorumPercent] decimal(5,2) NULL,
        [PassThresholdPercent] decimal(5,2) NULL,
        [PassBase] int NOT NULL,
        [MinimumTaskRating] int NOT NULL,
        [Eligibility] nvarchar(4000) NOT NULL,
        [RequiredDocuments] int NOT NULL,
        [SortOrder] int NOT NULL,
        [IsActive] bit NOT NULL,
        CONSTRAINT [PK_AwardForms] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE TABLE [Campaigns] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(50) NOT NULL,
        [Title] nvarchar(500) NOT NULL,
        [LegalBasis] nvarchar(2000) NOT NULL,
        [StartDate] date NOT NULL,
        [EndDate] date NULL,
        [PlanDeadline] date NULL,
        [NominationDeadline] date NULL,
        [Status] int NOT NULL,
        CONSTRAINT [PK_Campaigns] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE TABLE [ContentAreas] (
        [Id] int NOT NULL IDENTITY,
        [CampaignId] int NOT NULL,
        [Number] int NOT NULL,
        [ShortTitle] nvarchar(300) NOT NULL,
        [FullText] nvarchar(4000) NOT NULL,
        [SuggestedIndicators] nvarchar(4000) NULL,
        CONSTRAINT [PK_ContentAreas] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ContentAreas_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [FullName] nvarchar(200) NOT NULL,
        [Position] nvarchar(200) NULL,
        [UnitId] int NULL,
        [IsActive] bit NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE TABLE [EmulationGroups] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [Kind] int NOT NULL,
        [LeadUnitId] int NULL,
        [Description] nvarchar(1000) NULL,
        CONSTRAINT [PK_EmulationGroups] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE TABLE [Units] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(20) NOT NULL,
        [Name] nvarchar(300) NOT NULL,
        [SearchName] nvarchar(300) NOT NULL,
        [Kind] int NOT NULL,
        [ParentId] int NULL,
        [EmulationGroupId] int NULL,
        [FormerDistrict] nvarchar(300) NULL,
        [FormedFrom] nvarchar(1000) NULL,
        [Note] nvarchar(1000) NULL,
        [IsActive] bit NOT NULL,
        CONSTRAINT [PK_Units] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Units_EmulationGroups_EmulationGroupId] FOREIGN KEY ([EmulationGroupId]) REFERENCES [EmulationGroups] ([Id]) ON DELETE SET NULL,
        CONSTRAINT [FK_Units_Units_ParentId] FOREIGN KEY ([ParentId]) REFERENCES [Units] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_UnitId] ON [AspNetUsers] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_AtUtc] ON [AuditEntries] ([AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityId] ON [AuditEntries] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AwardForms_Code] ON [AwardForms] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Campaigns_Code] ON [Campaigns] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ContentAreas_CampaignId_Number] ON [ContentAreas] ([CampaignId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE INDEX [IX_EmulationGroups_LeadUnitId] ON [EmulationGroups] ([LeadUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_EmulationGroups_Name] ON [EmulationGroups] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Units_Code] ON [Units] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE INDEX [IX_Units_EmulationGroupId] ON [Units] ([EmulationGroupId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE INDEX [IX_Units_ParentId] ON [Units] ([ParentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    CREATE INDEX [IX_Units_SearchName] ON [Units] ([SearchName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    ALTER TABLE [AspNetUserClaims] ADD CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    ALTER TABLE [AspNetUserLogins] ADD CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    ALTER TABLE [AspNetUserRoles] ADD CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD CONSTRAINT [FK_AspNetUsers_Units_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [Units] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    ALTER TABLE [EmulationGroups] ADD CONSTRAINT [FK_EmulationGroups_Units_LeadUnitId] FOREIGN KEY ([LeadUnitId]) REFERENCES [Units] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144126_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125144126_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125150834_UnitPlans'
)
BEGIN
    CREATE TABLE [UnitPlans] (
        [Id] int NOT NULL IDENTITY,
        [CampaignId] int NOT NULL,
        [UnitId] int NOT NULL,
        [DocumentNumber] nvarchar(50) NULL,
        [DocumentDate] date NULL,
        [Summary] nvarchar(4000) NULL,
        [Status] int NOT NULL,
        [ReviewComment] nvarchar(2000) NULL,
        [Version] int NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_UnitPlans] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_UnitPlans_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_UnitPlans_Units_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [Units] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125150834_UnitPlans'
)
BEGIN
    CREATE TABLE [PlanTargets] (
        [Id] int NOT NULL IDENTITY,
        [UnitPlanId] int NOT NULL,
        [ContentAreaId] int NOT NULL,
        [SortOrder] int NOT NULL,
        [Title] nvarchar(500) NOT NULL,
        [MeasureKind] int NOT NULL,
        [UnitOfMeasure] nvarchar(50) NULL,
        [Direction] int NOT NULL,
        [Baseline] decimal(18,4) NULL,
        [TargetValue] decimal(18,4) NULL,
        [ResponsibleName] nvarchar(200) NOT NULL,
        [ResponsiblePosition] nvarchar(200) NULL,
        [ResponsibleUserId] nvarchar(450) NULL,
        [Deadline] date NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_PlanTargets] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanTargets_AspNetUsers_ResponsibleUserId] FOREIGN KEY ([ResponsibleUserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE SET NULL,
        CONSTRAINT [FK_PlanTargets_ContentAreas_ContentAreaId] FOREIGN KEY ([ContentAreaId]) REFERENCES [ContentAreas] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PlanTargets_UnitPlans_UnitPlanId] FOREIGN KEY ([UnitPlanId]) REFERENCES [UnitPlans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125150834_UnitPlans'
)
BEGIN
    CREATE TABLE [PlanTransitions] (
        [Id] bigint NOT NULL IDENTITY,
        [UnitPlanId] int NOT NULL,
        [From] int NULL,
        [To] int NOT NULL,
        [UserName] nvarchar(256) NOT NULL,
        [FullName] nvarchar(200) NOT NULL,
        [AtUtc] datetime2 NOT NULL,
        [Comment] nvarchar(2000) NULL,
        CONSTRAINT [PK_PlanTransitions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanTransitions_UnitPlans_UnitPlanId] FOREIGN KEY ([UnitPlanId]) REFERENCES [UnitPlans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125150834_UnitPlans'
)
BEGIN
    CREATE TABLE [ProgressReports] (
        [Id] bigint NOT NULL IDENTITY,
        [PlanTargetId] int NOT NULL,
        [AsOfDate] date NOT NULL,
        [Value] decimal(18,4) NULL,
        [MilestoneDone] bit NULL,
        [Percent] decimal(6,1) NOT NULL,
        [Narrative] nvarchar(4000) NOT NULL,
        [Difficulties] nvarchar(4000) NULL,
        [ReporterUserName] nvarchar(256) NOT NULL,
        [ReporterFullName] nvarchar(200) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_ProgressReports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProgressReports_PlanTargets_PlanTargetId] FOREIGN KEY ([PlanTargetId]) REFERENCES [PlanTargets] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125150834_UnitPlans'
)
BEGIN
    CREATE TABLE [Attachments] (
        [Id] bigint NOT NULL IDENTITY,
        [ProgressReportId] bigint NULL,
        [FileName] nvarchar(255) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Size] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [StoragePath] nvarchar(500) NOT NULL,
        [UploadedBy] nvarchar(256) NOT NULL,
        [UploadedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_Attachments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Attachments_ProgressReports_ProgressReportId] FOREIGN KEY ([ProgressReportId]) REFERENCES [ProgressReports] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125150834_UnitPlans'
)
BEGIN
    CREATE INDEX [IX_Attachments_ProgressReportId] ON [Attachments] ([ProgressReportId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125150834_UnitPlans'
)
BEGIN
    CREATE INDEX [IX_Attachments_Sha256] ON [Attachments] ([Sha256]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125150834_UnitPlans'
)
BEGIN
    CREATE INDEX [IX_PlanTargets_ContentAreaId] ON [PlanTargets] ([ContentAreaId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125150834_UnitPlans'
)
BEGIN
    CREATE INDEX [IX_PlanTargets_Deadline] ON [PlanTargets] ([Deadline]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125150834_UnitPlans'
)
BEGIN
    CREATE INDEX [IX_PlanTargets_ResponsibleUserId] ON [PlanTargets] ([ResponsibleUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125150834_UnitPlans'
)
BEGIN
    CREATE INDEX [IX_PlanTargets_UnitPlanId_ContentAreaId_SortOrder] ON [PlanTargets] ([UnitPlanId], [ContentAreaId], [SortOrder]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125150834_UnitPlans'
)
BEGIN
    CREATE INDEX [IX_PlanTransitions_UnitPlanId] ON [PlanTransitions] ([UnitPlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125150834_UnitPlans'
)
BEGIN
    CREATE INDEX [IX_ProgressReports_PlanTargetId_AsOfDate] ON [ProgressReports] ([PlanTargetId], [AsOfDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125150834_UnitPlans'
)
BEGIN
    CREATE UNIQUE INDEX [IX_UnitPlans_CampaignId_UnitId] ON [UnitPlans] ([CampaignId], [UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125150834_UnitPlans'
)
BEGIN
    CREATE INDEX [IX_UnitPlans_Status] ON [UnitPlans] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125150834_UnitPlans'
)
BEGIN
    CREATE INDEX [IX_UnitPlans_UnitId] ON [UnitPlans] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125150834_UnitPlans'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125150834_UnitPlans', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125154019_Reminders'
)
BEGIN
    CREATE TABLE [Reminders] (
        [Id] int NOT NULL IDENTITY,
        [CampaignId] int NULL,
        [Rule] int NOT NULL,
        [Subject] nvarchar(300) NOT NULL,
        [Body] nvarchar(4000) NOT NULL,
        [SentByUserName] nvarchar(256) NOT NULL,
        [SentByFullName] nvarchar(200) NOT NULL,
        [SentAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_Reminders] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Reminders_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125154019_Reminders'
)
BEGIN
    CREATE TABLE [ReminderRecipients] (
        [Id] int NOT NULL IDENTITY,
        [ReminderId] int NOT NULL,
        [UnitId] int NOT NULL,
        [ReadAtUtc] datetime2 NULL,
        [ReadByUserName] nvarchar(256) NULL,
        [EmailsSent] int NOT NULL,
        CONSTRAINT [PK_ReminderRecipients] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReminderRecipients_Reminders_ReminderId] FOREIGN KEY ([ReminderId]) REFERENCES [Reminders] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ReminderRecipients_Units_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [Units] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125154019_Reminders'
)
BEGIN
    CREATE TABLE [Notifications] (
        [Id] bigint NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [Kind] int NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Body] nvarchar(2000) NULL,
        [Link] nvarchar(500) NULL,
        [ReminderRecipientId] int NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [ReadAtUtc] datetime2 NULL,
        CONSTRAINT [PK_Notifications] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Notifications_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Notifications_ReminderRecipients_ReminderRecipientId] FOREIGN KEY ([ReminderRecipientId]) REFERENCES [ReminderRecipients] ([Id]) ON DELETE SET NULL
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125154019_Reminders'
)
BEGIN
    CREATE INDEX [IX_ProgressReports_CreatedAtUtc] ON [ProgressReports] ([CreatedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125154019_Reminders'
)
BEGIN
    CREATE INDEX [IX_Notifications_ReminderRecipientId] ON [Notifications] ([ReminderRecipientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125154019_Reminders'
)
BEGIN
    CREATE INDEX [IX_Notifications_UserId_ReadAtUtc] ON [Notifications] ([UserId], [ReadAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125154019_Reminders'
)
BEGIN
    CREATE INDEX [IX_ReminderRecipients_ReminderId] ON [ReminderRecipients] ([ReminderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125154019_Reminders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReminderRecipients_UnitId_ReminderId] ON [ReminderRecipients] ([UnitId], [ReminderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125154019_Reminders'
)
BEGIN
    CREATE INDEX [IX_Reminders_CampaignId] ON [Reminders] ([CampaignId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125154019_Reminders'
)
BEGIN
    CREATE INDEX [IX_Reminders_SentAtUtc] ON [Reminders] ([SentAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125154019_Reminders'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125154019_Reminders', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    ALTER TABLE [Attachments] ADD [DocumentKind] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    ALTER TABLE [Attachments] ADD [NominationId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE TABLE [AwardDecisions] (
        [Id] int NOT NULL IDENTITY,
        [CampaignId] int NOT NULL,
        [AwardFormId] int NOT NULL,
        [Kind] int NOT NULL,
        [Number] nvarchar(50) NOT NULL,
        [Date] date NOT NULL,
        [SignerName] nvarchar(200) NOT NULL,
        [SignerTitle] nvarchar(200) NOT NULL,
        [RecordedByUserName] nvarchar(256) NOT NULL,
        [RecordedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_AwardDecisions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AwardDecisions_AwardForms_AwardFormId] FOREIGN KEY ([AwardFormId]) REFERENCES [AwardForms] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AwardDecisions_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE TABLE [CouncilSessions] (
        [Id] int NOT NULL IDENTITY,
        [CampaignId] int NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [MeetingDate] date NOT NULL,
        [Place] nvarchar(300) NOT NULL,
        [Status] int NOT NULL,
        [VotingOpenedAtUtc] datetime2 NULL,
        [ClosedAtUtc] datetime2 NULL,
        [CreatedByUserName] nvarchar(256) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_CouncilSessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CouncilSessions_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE TABLE [NominationBatches] (
        [Id] int NOT NULL IDENTITY,
        [CampaignId] int NOT NULL,
        [UnitId] int NOT NULL,
        [DocumentNumber] nvarchar(50) NOT NULL,
        [DocumentDate] date NOT NULL,
        [SubmittedByUserName] nvarchar(256) NOT NULL,
        [SubmittedByFullName] nvarchar(200) NOT NULL,
        [SubmittedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_NominationBatches] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_NominationBatches_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_NominationBatches_Units_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [Units] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE TABLE [NominationReopenings] (
        [Id] int NOT NULL IDENTITY,
        [CampaignId] int NOT NULL,
        [UnitId] int NOT NULL,
        [OpenUntil] date NOT NULL,
        [Reason] nvarchar(1000) NOT NULL,
        [ReopenedByUserName] nvarchar(256) NOT NULL,
        [ReopenedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_NominationReopenings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_NominationReopenings_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_NominationReopenings_Units_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [Units] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE TABLE [BallotReceipts] (
        [Id] bigint NOT NULL IDENTITY,
        [SessionId] int NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [SubmittedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_BallotReceipts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BallotReceipts_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BallotReceipts_CouncilSessions_SessionId] FOREIGN KEY ([SessionId]) REFERENCES [CouncilSessions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE TABLE [CouncilMembers] (
        [Id] int NOT NULL IDENTITY,
        [SessionId] int NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [FullName] nvarchar(200) NOT NULL,
        [IsPresent] bit NOT NULL,
        CONSTRAINT [PK_CouncilMembers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CouncilMembers_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CouncilMembers_CouncilSessions_SessionId] FOREIGN KEY ([SessionId]) REFERENCES [CouncilSessions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE TABLE [Nominations] (
        [Id] int NOT NULL IDENTITY,
        [CampaignId] int NOT NULL,
        [UnitId] int NOT NULL,
        [AwardFormId] int NOT NULL,
        [NomineeKind] int NOT NULL,
        [NomineeName] nvarchar(300) NOT NULL,
        [NomineeSearchName] nvarchar(300) NOT NULL,
        [NomineePosition] nvarchar(200) NULL,
        [NomineeWorkplace] nvarchar(300) NULL,
        [AchievementSummary] nvarchar(max) NOT NULL,
        [TaskRating] int NOT NULL,
        [Status] int NOT NULL,
        [ReviewComment] nvarchar(2000) NULL,
        [BatchId] int NULL,
        [AwardDecisionId] int NULL,
        [Version] int NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_Nominations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Nominations_AwardDecisions_AwardDecisionId] FOREIGN KEY ([AwardDecisionId]) REFERENCES [AwardDecisions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Nominations_AwardForms_AwardFormId] FOREIGN KEY ([AwardFormId]) REFERENCES [AwardForms] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Nominations_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Nominations_NominationBatches_BatchId] FOREIGN KEY ([BatchId]) REFERENCES [NominationBatches] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Nominations_Units_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [Units] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE TABLE [AgendaItems] (
        [Id] int NOT NULL IDENTITY,
        [SessionId] int NOT NULL,
        [NominationId] int NOT NULL,
        [SortOrder] int NOT NULL,
        [AgreeCount] int NULL,
        [DisagreeCount] int NULL,
        [AbstainCount] int NULL,
        [PresentCount] int NULL,
        [MemberCount] int NULL,
        [QuorumMet] bit NULL,
        [Passed] bit NULL,
        CONSTRAINT [PK_AgendaItems] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AgendaItems_CouncilSessions_SessionId] FOREIGN KEY ([SessionId]) REFERENCES [CouncilSessions] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AgendaItems_Nominations_NominationId] FOREIGN KEY ([NominationId]) REFERENCES [Nominations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE TABLE [BallotVotes] (
        [BallotId] uniqueidentifier NOT NULL,
        [NominationId] int NOT NULL,
        [SessionId] int NOT NULL,
        [Choice] int NOT NULL,
        CONSTRAINT [PK_BallotVotes] PRIMARY KEY ([BallotId], [NominationId]),
        CONSTRAINT [FK_BallotVotes_CouncilSessions_SessionId] FOREIGN KEY ([SessionId]) REFERENCES [CouncilSessions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BallotVotes_Nominations_NominationId] FOREIGN KEY ([NominationId]) REFERENCES [Nominations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE TABLE [NominationTargets] (
        [NominationId] int NOT NULL,
        [PlanTargetId] int NOT NULL,
        CONSTRAINT [PK_NominationTargets] PRIMARY KEY ([NominationId], [PlanTargetId]),
        CONSTRAINT [FK_NominationTargets_Nominations_NominationId] FOREIGN KEY ([NominationId]) REFERENCES [Nominations] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_NominationTargets_PlanTargets_PlanTargetId] FOREIGN KEY ([PlanTargetId]) REFERENCES [PlanTargets] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE TABLE [NominationTransitions] (
        [Id] bigint NOT NULL IDENTITY,
        [NominationId] int NOT NULL,
        [From] int NULL,
        [To] int NOT NULL,
        [UserName] nvarchar(256) NOT NULL,
        [FullName] nvarchar(200) NOT NULL,
        [AtUtc] datetime2 NOT NULL,
        [Comment] nvarchar(2000) NULL,
        CONSTRAINT [PK_NominationTransitions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_NominationTransitions_Nominations_NominationId] FOREIGN KEY ([NominationId]) REFERENCES [Nominations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_Attachments_NominationId_DocumentKind] ON [Attachments] ([NominationId], [DocumentKind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_AgendaItems_NominationId] ON [AgendaItems] ([NominationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AgendaItems_SessionId_NominationId] ON [AgendaItems] ([SessionId], [NominationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_AwardDecisions_AwardFormId] ON [AwardDecisions] ([AwardFormId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_AwardDecisions_CampaignId_Date] ON [AwardDecisions] ([CampaignId], [Date]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_BallotReceipts_SessionId_UserId] ON [BallotReceipts] ([SessionId], [UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_BallotReceipts_UserId] ON [BallotReceipts] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_BallotVotes_NominationId] ON [BallotVotes] ([NominationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_BallotVotes_SessionId_NominationId_Choice] ON [BallotVotes] ([SessionId], [NominationId], [Choice]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CouncilMembers_SessionId_UserId] ON [CouncilMembers] ([SessionId], [UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_CouncilMembers_UserId] ON [CouncilMembers] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_CouncilSessions_CampaignId_MeetingDate] ON [CouncilSessions] ([CampaignId], [MeetingDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_NominationBatches_CampaignId_UnitId] ON [NominationBatches] ([CampaignId], [UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_NominationBatches_UnitId] ON [NominationBatches] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_NominationReopenings_CampaignId_UnitId_OpenUntil] ON [NominationReopenings] ([CampaignId], [UnitId], [OpenUntil]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_NominationReopenings_UnitId] ON [NominationReopenings] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_Nominations_AwardDecisionId] ON [Nominations] ([AwardDecisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_Nominations_AwardFormId] ON [Nominations] ([AwardFormId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_Nominations_BatchId] ON [Nominations] ([BatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_Nominations_CampaignId_NomineeSearchName] ON [Nominations] ([CampaignId], [NomineeSearchName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_Nominations_CampaignId_Status] ON [Nominations] ([CampaignId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_Nominations_CampaignId_UnitId_Status] ON [Nominations] ([CampaignId], [UnitId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_Nominations_UnitId] ON [Nominations] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_NominationTargets_PlanTargetId] ON [NominationTargets] ([PlanTargetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    CREATE INDEX [IX_NominationTransitions_NominationId] ON [NominationTransitions] ([NominationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    ALTER TABLE [Attachments] ADD CONSTRAINT [FK_Attachments_Nominations_NominationId] FOREIGN KEY ([NominationId]) REFERENCES [Nominations] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125170414_Nominations'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125170414_Nominations', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125194717_DataProtectionKeys'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125194717_DataProtectionKeys'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125194717_DataProtectionKeys', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    ALTER TABLE [Attachments] ADD [FeedbackId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [DailyDigest] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    CREATE TABLE [DigestRuns] (
        [Date] date NOT NULL,
        [StartedAtUtc] datetime2 NOT NULL,
        [Host] nvarchar(200) NOT NULL,
        [Sent] int NOT NULL,
        CONSTRAINT [PK_DigestRuns] PRIMARY KEY ([Date])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    CREATE TABLE [ExemplaryModels] (
        [Id] int NOT NULL IDENTITY,
        [CampaignId] int NOT NULL,
        [Kind] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Position] nvarchar(200) NULL,
        [UnitId] int NULL,
        [Place] nvarchar(200) NULL,
        [ContentAreaId] int NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Story] nvarchar(max) NOT NULL,
        [SearchText] nvarchar(800) NOT NULL,
        [PhotoPath] nvarchar(500) NULL,
        [PhotoContentType] nvarchar(100) NULL,
        [Status] int NOT NULL,
        [ProposedBy] nvarchar(256) NOT NULL,
        [ProposedByName] nvarchar(200) NOT NULL,
        [ProposerUnitId] int NULL,
        [ProposedAtUtc] datetime2 NOT NULL,
        [ReviewedBy] nvarchar(256) NULL,
        [ReviewedAtUtc] datetime2 NULL,
        [ReviewNote] nvarchar(2000) NULL,
        [PublishedAtUtc] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_ExemplaryModels] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ExemplaryModels_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ExemplaryModels_ContentAreas_ContentAreaId] FOREIGN KEY ([ContentAreaId]) REFERENCES [ContentAreas] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ExemplaryModels_Units_ProposerUnitId] FOREIGN KEY ([ProposerUnitId]) REFERENCES [Units] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ExemplaryModels_Units_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [Units] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    CREATE TABLE [Feedbacks] (
        [Id] int NOT NULL IDENTITY,
        [CampaignId] int NOT NULL,
        [Category] int NOT NULL,
        [UnitId] int NULL,
        [ContentAreaId] int NULL,
        [Subject] nvarchar(300) NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        [SenderUserName] nvarchar(256) NOT NULL,
        [SenderName] nvarchar(200) NOT NULL,
        [SenderUnitId] int NULL,
        [SentAtUtc] datetime2 NOT NULL,
        [Status] int NOT NULL,
        [Answer] nvarchar(max) NULL,
        [AnsweredBy] nvarchar(256) NULL,
        [AnsweredByName] nvarchar(200) NULL,
        [AnsweredAtUtc] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Feedbacks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Feedbacks_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Feedbacks_ContentAreas_ContentAreaId] FOREIGN KEY ([ContentAreaId]) REFERENCES [ContentAreas] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Feedbacks_Units_SenderUnitId] FOREIGN KEY ([SenderUnitId]) REFERENCES [Units] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Feedbacks_Units_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [Units] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    CREATE INDEX [IX_Attachments_FeedbackId] ON [Attachments] ([FeedbackId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    CREATE INDEX [IX_ExemplaryModels_CampaignId] ON [ExemplaryModels] ([CampaignId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    CREATE INDEX [IX_ExemplaryModels_ContentAreaId] ON [ExemplaryModels] ([ContentAreaId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    CREATE INDEX [IX_ExemplaryModels_ProposedBy] ON [ExemplaryModels] ([ProposedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    CREATE INDEX [IX_ExemplaryModels_ProposerUnitId] ON [ExemplaryModels] ([ProposerUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    CREATE INDEX [IX_ExemplaryModels_Status_PublishedAtUtc] ON [ExemplaryModels] ([Status], [PublishedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    CREATE INDEX [IX_ExemplaryModels_UnitId] ON [ExemplaryModels] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    CREATE INDEX [IX_Feedbacks_CampaignId] ON [Feedbacks] ([CampaignId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    CREATE INDEX [IX_Feedbacks_ContentAreaId] ON [Feedbacks] ([ContentAreaId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    CREATE INDEX [IX_Feedbacks_SenderUnitId] ON [Feedbacks] ([SenderUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    CREATE INDEX [IX_Feedbacks_SenderUserName] ON [Feedbacks] ([SenderUserName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    CREATE INDEX [IX_Feedbacks_Status_SentAtUtc] ON [Feedbacks] ([Status], [SentAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    CREATE INDEX [IX_Feedbacks_UnitId] ON [Feedbacks] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    ALTER TABLE [Attachments] ADD CONSTRAINT [FK_Attachments_Feedbacks_FeedbackId] FOREIGN KEY ([FeedbackId]) REFERENCES [Feedbacks] ([Id]) ON DELETE CASCADE;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125201441_PublicFace'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125201441_PublicFace', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204175126_CouncilVoteSecrecy'
)
BEGIN
    ALTER TABLE [CouncilSessions] ADD [BallotKeyCheck] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204175126_CouncilVoteSecrecy'
)
BEGIN
    ALTER TABLE [CouncilSessions] ADD [StatusNote] nvarchar(1200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204175126_CouncilVoteSecrecy'
)
BEGIN
    ALTER TABLE [BallotVotes] DROP CONSTRAINT [FK_BallotVotes_CouncilSessions_SessionId];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204175126_CouncilVoteSecrecy'
)
BEGIN
    ALTER TABLE [BallotVotes] DROP CONSTRAINT [FK_BallotVotes_Nominations_NominationId];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204175126_CouncilVoteSecrecy'
)
BEGIN
    ALTER TABLE [BallotVotes] DROP CONSTRAINT [PK_BallotVotes];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204175126_CouncilVoteSecrecy'
)
BEGIN
    DROP INDEX [IX_BallotVotes_SessionId_NominationId_Choice] ON [BallotVotes];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204175126_CouncilVoteSecrecy'
)
BEGIN
    DROP INDEX [IX_BallotVotes_NominationId] ON [BallotVotes];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204175126_CouncilVoteSecrecy'
)
BEGIN
    EXEC sp_rename N'[BallotVotes]', N'BallotVotesBefore', 'OBJECT';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204175126_CouncilVoteSecrecy'
)
BEGIN
    CREATE TABLE [BallotVotes] (
        [SessionId] int NOT NULL,
        [BallotNumber] int NOT NULL,
        [NominationId] int NOT NULL,
        [Choice] int NOT NULL,
        CONSTRAINT [PK_BallotVotes] PRIMARY KEY ([SessionId], [BallotNumber], [NominationId]),
        CONSTRAINT [FK_BallotVotes_CouncilSessions_SessionId] FOREIGN KEY ([SessionId]) REFERENCES [CouncilSessions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BallotVotes_Nominations_NominationId] FOREIGN KEY ([NominationId]) REFERENCES [Nominations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204175126_CouncilVoteSecrecy'
)
BEGIN
    EXEC(N'INSERT INTO [BallotVotes] ([SessionId], [BallotNumber], [NominationId], [Choice])
    SELECT v.[SessionId], b.[Number], v.[NominationId], v.[Choice]
    FROM [BallotVotesBefore] AS v
    JOIN (SELECT [BallotId], ROW_NUMBER() OVER (PARTITION BY [SessionId] ORDER BY [BallotId]) AS [Number]
          FROM [BallotVotesBefore] GROUP BY [SessionId], [BallotId]) AS b ON b.[BallotId] = v.[BallotId]
    ORDER BY v.[SessionId], b.[Number], v.[NominationId];')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204175126_CouncilVoteSecrecy'
)
BEGIN
    DROP TABLE [BallotVotesBefore];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204175126_CouncilVoteSecrecy'
)
BEGIN
    CREATE INDEX [IX_BallotVotes_NominationId] ON [BallotVotes] ([NominationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204175126_CouncilVoteSecrecy'
)
BEGIN
    UPDATE [AwardForms] SET [PassBase] = 1
    WHERE [Code] IN (N'BANG-KHEN-CT-UBND', N'BANG-KHEN-TTG') AND [PassBase] = 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204175126_CouncilVoteSecrecy'
)
BEGIN
    CREATE TABLE [SealedBallots] (
        [Id] uniqueidentifier NOT NULL,
        [SessionId] int NOT NULL,
        [Content] varbinary(4096) NOT NULL,
        CONSTRAINT [PK_SealedBallots] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SealedBallots_CouncilSessions_SessionId] FOREIGN KEY ([SessionId]) REFERENCES [CouncilSessions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204175126_CouncilVoteSecrecy'
)
BEGIN
    CREATE INDEX [IX_SealedBallots_SessionId] ON [SealedBallots] ([SessionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204175126_CouncilVoteSecrecy'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204175126_CouncilVoteSecrecy', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204184206_PrimeMinisterDecision'
)
BEGIN
    ALTER TABLE [AwardDecisions] ADD [ForwardingId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204184206_PrimeMinisterDecision'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_AwardDecisions_ForwardingId] ON [AwardDecisions] ([ForwardingId]) WHERE [ForwardingId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204184206_PrimeMinisterDecision'
)
BEGIN
    ALTER TABLE [AwardDecisions] ADD CONSTRAINT [FK_AwardDecisions_AwardDecisions_ForwardingId] FOREIGN KEY ([ForwardingId]) REFERENCES [AwardDecisions] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204184206_PrimeMinisterDecision'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204184206_PrimeMinisterDecision', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204204412_UnitHeadSigner'
)
BEGIN
    ALTER TABLE [Units] ADD [HeadName] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204204412_UnitHeadSigner'
)
BEGIN
    ALTER TABLE [Units] ADD [HeadTitle] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204204412_UnitHeadSigner'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204204412_UnitHeadSigner', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205090924_ReminderRules'
)
BEGIN
    ALTER TABLE [Reminders] ADD [NotReportedDays] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205090924_ReminderRules'
)
BEGIN
    ALTER TABLE [ReminderRecipients] ADD [Findings] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205090924_ReminderRules'
)
BEGIN
    UPDATE Reminders SET Rule = 4, NotReportedDays = 30 WHERE Rule = 3
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205090924_ReminderRules'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205090924_ReminderRules', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205114244_PlanAmendments'
)
BEGIN
    CREATE TABLE [PlanVersions] (
        [Id] bigint NOT NULL IDENTITY,
        [UnitPlanId] int NOT NULL,
        [Number] int NOT NULL,
        [AcceptedAtUtc] datetime2 NOT NULL,
        [AcceptedByUserName] nvarchar(256) NOT NULL,
        [AcceptedByFullName] nvarchar(200) NOT NULL,
        [AcceptComment] nvarchar(2000) NULL,
        [DocumentNumber] nvarchar(50) NULL,
        [DocumentDate] date NULL,
        [Summary] nvarchar(4000) NULL,
        [TargetsJson] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_PlanVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanVersions_UnitPlans_UnitPlanId] FOREIGN KEY ([UnitPlanId]) REFERENCES [UnitPlans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205114244_PlanAmendments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PlanVersions_UnitPlanId_Number] ON [PlanVersions] ([UnitPlanId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205114244_PlanAmendments'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205114244_PlanAmendments', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205125107_OutboundEmailQueue'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[ReminderRecipients]') AND [c].[name] = N'EmailsSent');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [ReminderRecipients] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [ReminderRecipients] DROP COLUMN [EmailsSent];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205125107_OutboundEmailQueue'
)
BEGIN
    CREATE TABLE [OutboundEmails] (
        [Id] bigint NOT NULL IDENTITY,
        [Kind] int NOT NULL,
        [ToName] nvarchar(200) NOT NULL,
        [ToAddress] nvarchar(256) NOT NULL,
        [Subject] nvarchar(300) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [ReminderRecipientId] int NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [State] int NOT NULL,
        [Attempts] int NOT NULL,
        [NextAttemptUtc] datetime2 NOT NULL,
        [ClaimToken] uniqueidentifier NULL,
        [LeaseUntilUtc] datetime2 NULL,
        [LastError] nvarchar(500) NULL,
        [LastErrorDetail] nvarchar(2000) NULL,
        [SentAtUtc] datetime2 NULL,
        CONSTRAINT [PK_OutboundEmails] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OutboundEmails_ReminderRecipients_ReminderRecipientId] FOREIGN KEY ([ReminderRecipientId]) REFERENCES [ReminderRecipients] ([Id]) ON DELETE SET NULL
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205125107_OutboundEmailQueue'
)
BEGIN
    CREATE INDEX [IX_OutboundEmails_ReminderRecipientId] ON [OutboundEmails] ([ReminderRecipientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205125107_OutboundEmailQueue'
)
BEGIN
    CREATE INDEX [IX_OutboundEmails_State_NextAttemptUtc] ON [OutboundEmails] ([State], [NextAttemptUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205125107_OutboundEmailQueue'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205125107_OutboundEmailQueue', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206011338_AwardRegister'
)
BEGIN
    CREATE TABLE [AwardRecords] (
        [Id] int NOT NULL IDENTITY,
        [RecipientKind] int NOT NULL,
        [RecipientName] nvarchar(300) NOT NULL,
        [RecipientSearchName] nvarchar(300) NOT NULL,
        [DateOfBirth] date NULL,
        [Gender] int NULL,
        [Position] nvarchar(200) NULL,
        [UnitId] int NULL,
        [UnitName] nvarchar(300) NOT NULL,
        [AwardFormId] int NULL,
        [AwardFormName] nvarchar(300) NOT NULL,
        [DecisionNumber] nvarchar(50) NOT NULL,
        [DecisionDate] date NOT NULL,
        [Issuer] nvarchar(200) NOT NULL,
        [CampaignName] nvarchar(500) NULL,
        [NominationId] int NULL,
        [RevokedOn] date NULL,
        [RevocationReason] nvarchar(2000) NULL,
        CONSTRAINT [PK_AwardRecords] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AwardRecords_AwardForms_AwardFormId] FOREIGN KEY ([AwardFormId]) REFERENCES [AwardForms] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AwardRecords_Nominations_NominationId] FOREIGN KEY ([NominationId]) REFERENCES [Nominations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AwardRecords_Units_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [Units] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206011338_AwardRegister'
)
BEGIN
    CREATE INDEX [IX_AwardRecords_AwardFormId] ON [AwardRecords] ([AwardFormId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206011338_AwardRegister'
)
BEGIN
    CREATE INDEX [IX_AwardRecords_DecisionDate] ON [AwardRecords] ([DecisionDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206011338_AwardRegister'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_AwardRecords_NominationId] ON [AwardRecords] ([NominationId]) WHERE [NominationId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206011338_AwardRegister'
)
BEGIN
    CREATE INDEX [IX_AwardRecords_RecipientSearchName] ON [AwardRecords] ([RecipientSearchName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206011338_AwardRegister'
)
BEGIN
    CREATE INDEX [IX_AwardRecords_UnitId] ON [AwardRecords] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206011338_AwardRegister'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206011338_AwardRegister', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206025546_CouncilSessionStatusReason'
)
BEGIN
    ALTER TABLE [CouncilSessions] ADD [StatusReason] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206025546_CouncilSessionStatusReason'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206025546_CouncilSessionStatusReason', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206040549_AwardCertificates'
)
BEGIN
    ALTER TABLE [AwardRecords] ADD [VerificationCode] nvarchar(10) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206040549_AwardCertificates'
)
BEGIN
    UPDATE AwardRecords SET VerificationCode = SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1)+ SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1)+ SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1)+ SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1)+ SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1)+ SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1)+ SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1)+ SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1)+ SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1)+ SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1) WHERE VerificationCode = '';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206040549_AwardCertificates'
)
BEGIN
    CREATE TABLE [CertificateBlanks] (
        [Id] int NOT NULL IDENTITY,
        [AwardFormId] int NOT NULL,
        [Paper] int NOT NULL,
        [Orientation] int NOT NULL,
        CONSTRAINT [PK_CertificateBlanks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CertificateBlanks_AwardForms_AwardFormId] FOREIGN KEY ([AwardFormId]) REFERENCES [AwardForms] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206040549_AwardCertificates'
)
BEGIN
    CREATE TABLE [CertificateBoxes] (
        [Field] int NOT NULL,
        [CertificateBlankId] int NOT NULL,
        [X] decimal(6,1) NOT NULL,
        [Y] decimal(6,1) NOT NULL,
        [Width] decimal(6,1) NOT NULL,
        [Height] decimal(6,1) NOT NULL,
        [FontSize] decimal(4,1) NOT NULL,
        [MinFontSize] decimal(4,1) NOT NULL,
        CONSTRAINT [PK_CertificateBoxes] PRIMARY KEY ([CertificateBlankId], [Field]),
        CONSTRAINT [FK_CertificateBoxes_CertificateBlanks_CertificateBlankId] FOREIGN KEY ([CertificateBlankId]) REFERENCES [CertificateBlanks] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206040549_AwardCertificates'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AwardRecords_VerificationCode] ON [AwardRecords] ([VerificationCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206040549_AwardCertificates'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CertificateBlanks_AwardFormId] ON [CertificateBlanks] ([AwardFormId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206040549_AwardCertificates'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206040549_AwardCertificates', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206041234_AwardEligibilityRules'
)
BEGIN
    ALTER TABLE [Nominations] ADD [NomineeDateOfBirth] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206041234_AwardEligibilityRules'
)
BEGIN
    CREATE TABLE [AwardEligibilityRules] (
        [Id] int NOT NULL IDENTITY,
        [AwardFormId] int NOT NULL,
        [Kind] int NOT NULL,
        [RequiredAwardFormId] int NULL,
        [Years] int NULL,
        [MinimumRating] int NULL,
        [LegalBasis] nvarchar(1000) NULL,
        [SortOrder] int NOT NULL,
        CONSTRAINT [PK_AwardEligibilityRules] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AwardEligibilityRules_AwardForms_AwardFormId] FOREIGN KEY ([AwardFormId]) REFERENCES [AwardForms] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AwardEligibilityRules_AwardForms_RequiredAwardFormId] FOREIGN KEY ([RequiredAwardFormId]) REFERENCES [AwardForms] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206041234_AwardEligibilityRules'
)
BEGIN
    CREATE TABLE [NominationYearRatings] (
        [NominationId] int NOT NULL,
        [Year] int NOT NULL,
        [Rating] int NOT NULL,
        CONSTRAINT [PK_NominationYearRatings] PRIMARY KEY ([NominationId], [Year]),
        CONSTRAINT [FK_NominationYearRatings_Nominations_NominationId] FOREIGN KEY ([NominationId]) REFERENCES [Nominations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206041234_AwardEligibilityRules'
)
BEGIN
    CREATE INDEX [IX_AwardEligibilityRules_AwardFormId] ON [AwardEligibilityRules] ([AwardFormId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206041234_AwardEligibilityRules'
)
BEGIN
    CREATE INDEX [IX_AwardEligibilityRules_RequiredAwardFormId] ON [AwardEligibilityRules] ([RequiredAwardFormId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206041234_AwardEligibilityRules'
)
BEGIN
    INSERT INTO [AwardEligibilityRules] ([AwardFormId], [Kind], [RequiredAwardFormId], [Years], [MinimumRating], [LegalBasis], [SortOrder])
    SELECT p.[Id], 3, NULL, 1, NULL, N'Quy ước của tỉnh (mặc định của cổng, chưa đối chiếu được văn bản): không khen cùng hình thức cho thành tích của cùng một khoảng thời gian.', 1
    FROM [AwardForms] p WHERE p.[Code] = 'BANG-KHEN-CT-UBND';
    INSERT INTO [AwardEligibilityRules] ([AwardFormId], [Kind], [RequiredAwardFormId], [Years], [MinimumRating], [LegalBasis], [SortOrder])
    SELECT t.[Id], 1, p.[Id], NULL, NULL, N'Luật Thi đua, khen thưởng 2022 (điều về Bằng khen của Thủ tướng Chính phủ) và nghị định hướng dẫn: "Đã được tặng Bằng khen cấp bộ, ngành, tỉnh…, 05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ" (cùng tiêu chuẩn tại Nghị định 65/2014/NĐ-CP, Điều 23 khoản 1 điểm c) — cần đối chiếu văn bản hiện hành.', 1
    FROM [AwardForms] t, [AwardForms] p WHERE t.[Code] = 'BANG-KHEN-TTG' AND p.[Code] = 'BANG-KHEN-CT-UBND';
    INSERT INTO [AwardEligibilityRules] ([AwardFormId], [Kind], [RequiredAwardFormId], [Years], [MinimumRating], [LegalBasis], [SortOrder])
    SELECT t.[Id], 2, NULL, 5, 4, N'Luật Thi đua, khen thưởng 2022 (điều về Bằng khen của Thủ tướng Chính phủ) và nghị định hướng dẫn: "Đã được tặng Bằng khen cấp bộ, ngành, tỉnh…, 05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ" (cùng tiêu chuẩn tại Nghị định 65/2014/NĐ-CP, Điều 23 khoản 1 điểm c) — cần đối chiếu văn bản hiện hành.', 2
    FROM [AwardForms] t WHERE t.[Code] = 'BANG-KHEN-TTG';
    INSERT INTO [AwardEligibilityRules] ([AwardFormId], [Kind], [RequiredAwardFormId], [Years], [MinimumRating], [LegalBasis], [SortOrder])
    SELECT t.[Id], 3, NULL, 5, NULL, N'Quy ước của tỉnh (mặc định của cổng, chưa đối chiếu được văn bản): không khen cùng hình thức cho thành tích của cùng một khoảng thời gian.', 3
    FROM [AwardForms] t WHERE t.[Code] = 'BANG-KHEN-TTG';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206041234_AwardEligibilityRules'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206041234_AwardEligibilityRules', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206041329_AwardRecipientLinks'
)
BEGIN
    CREATE TABLE [AwardRecipientLinks] (
        [Id] int NOT NULL IDENTITY,
        [FirstRecordId] int NOT NULL,
        [SecondRecordId] int NOT NULL,
        [IsSamePerson] bit NOT NULL,
        [DecidedBy] nvarchar(256) NOT NULL,
        [DecidedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_AwardRecipientLinks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AwardRecipientLinks_AwardRecords_FirstRecordId] FOREIGN KEY ([FirstRecordId]) REFERENCES [AwardRecords] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AwardRecipientLinks_AwardRecords_SecondRecordId] FOREIGN KEY ([SecondRecordId]) REFERENCES [AwardRecords] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206041329_AwardRecipientLinks'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AwardRecipientLinks_FirstRecordId_SecondRecordId] ON [AwardRecipientLinks] ([FirstRecordId], [SecondRecordId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206041329_AwardRecipientLinks'
)
BEGIN
    CREATE INDEX [IX_AwardRecipientLinks_SecondRecordId] ON [AwardRecipientLinks] ([SecondRecordId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206041329_AwardRecipientLinks'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206041329_AwardRecipientLinks', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206083937_AwardRecordAchievement'
)
BEGIN
    ALTER TABLE [AwardRecords] ADD [Achievement] nvarchar(300) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206083937_AwardRecordAchievement'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206083937_AwardRecordAchievement', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084137_EmulationPacts'
)
BEGIN
    CREATE TABLE [EmulationPacts] (
        [Id] int NOT NULL IDENTITY,
        [TieBreakRule] nvarchar(2000) NULL,
        [EmulationGroupId] int NOT NULL,
        [CampaignId] int NOT NULL,
        [Year] int NOT NULL,
        [LeadUnitId] int NOT NULL,
        [DeputyUnitId] int NULL,
        [Status] int NOT NULL,
        [DraftedBy] nvarchar(256) NOT NULL,
        [DraftedAtUtc] datetime2 NOT NULL,
        [OpenedBy] nvarchar(256) NULL,
        [OpenedAtUtc] datetime2 NULL,
        [SignedAtUtc] datetime2 NULL,
        [ScoringOpenedAtUtc] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_EmulationPacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EmulationPacts_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EmulationPacts_EmulationGroups_EmulationGroupId] FOREIGN KEY ([EmulationGroupId]) REFERENCES [EmulationGroups] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EmulationPacts_Units_DeputyUnitId] FOREIGN KEY ([DeputyUnitId]) REFERENCES [Units] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EmulationPacts_Units_LeadUnitId] FOREIGN KEY ([LeadUnitId]) REFERENCES [Units] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084137_EmulationPacts'
)
BEGIN
    CREATE TABLE [CriteriaSections] (
        [Id] int NOT NULL IDENTITY,
        [PactId] int NOT NULL,
        [Number] int NOT NULL,
        [Title] nvarchar(500) NOT NULL,
        CONSTRAINT [PK_CriteriaSections] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CriteriaSections_EmulationPacts_PactId] FOREIGN KEY ([PactId]) REFERENCES [EmulationPacts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084137_EmulationPacts'
)
BEGIN
    CREATE TABLE [PactCommitment] (
        [Id] int NOT NULL IDENTITY,
        [PactId] int NOT NULL,
        [Number] int NOT NULL,
        [ContentAreaId] int NULL,
        [Text] nvarchar(4000) NOT NULL,
        CONSTRAINT [PK_PactCommitment] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PactCommitment_ContentAreas_ContentAreaId] FOREIGN KEY ([ContentAreaId]) REFERENCES [ContentAreas] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PactCommitment_EmulationPacts_PactId] FOREIGN KEY ([PactId]) REFERENCES [EmulationPacts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084137_EmulationPacts'
)
BEGIN
    CREATE TABLE [PactSignatories] (
        [Id] int NOT NULL IDENTITY,
        [PactId] int NOT NULL,
        [UnitId] int NOT NULL,
        [UnitName] nvarchar(300) NOT NULL,
        [SignedBy] nvarchar(256) NULL,
        [SignerName] nvarchar(200) NULL,
        [SignerTitle] nvarchar(200) NULL,
        [SignedAtUtc] datetime2 NULL,
        CONSTRAINT [PK_PactSignatories] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PactSignatories_EmulationPacts_PactId] FOREIGN KEY ([PactId]) REFERENCES [EmulationPacts] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_PactSignatories_Units_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [Units] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084137_EmulationPacts'
)
BEGIN
    CREATE TABLE [PointAdjustments] (
        [Id] int NOT NULL IDENTITY,
        [PactId] int NOT NULL,
        [Kind] int NOT NULL,
        [Reason] nvarchar(1000) NOT NULL,
        [MaxPoints] decimal(9,2) NOT NULL,
        CONSTRAINT [PK_PointAdjustments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PointAdjustments_EmulationPacts_PactId] FOREIGN KEY ([PactId]) REFERENCES [EmulationPacts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084137_EmulationPacts'
)
BEGIN
    CREATE TABLE [Criteria] (
        [Id] int NOT NULL IDENTITY,
        [SectionId] int NOT NULL,
        [Number] int NOT NULL,
        [Title] nvarchar(1000) NOT NULL,
        [MaxPoints] decimal(9,2) NOT NULL,
        [ContentAreaId] int NULL,
        [Guidance] nvarchar(2000) NULL,
        CONSTRAINT [PK_Criteria] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Criteria_ContentAreas_ContentAreaId] FOREIGN KEY ([ContentAreaId]) REFERENCES [ContentAreas] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Criteria_CriteriaSections_SectionId] FOREIGN KEY ([SectionId]) REFERENCES [CriteriaSections] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084137_EmulationPacts'
)
BEGIN
    CREATE INDEX [IX_Criteria_ContentAreaId] ON [Criteria] ([ContentAreaId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084137_EmulationPacts'
)
BEGIN
    CREATE INDEX [IX_Criteria_SectionId] ON [Criteria] ([SectionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084137_EmulationPacts'
)
BEGIN
    CREATE INDEX [IX_CriteriaSections_PactId] ON [CriteriaSections] ([PactId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084137_EmulationPacts'
)
BEGIN
    CREATE INDEX [IX_EmulationPacts_CampaignId] ON [EmulationPacts] ([CampaignId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084137_EmulationPacts'
)
BEGIN
    CREATE INDEX [IX_EmulationPacts_DeputyUnitId] ON [EmulationPacts] ([DeputyUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084137_EmulationPacts'
)
BEGIN
    CREATE UNIQUE INDEX [IX_EmulationPacts_EmulationGroupId_Year] ON [EmulationPacts] ([EmulationGroupId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084137_EmulationPacts'
)
BEGIN
    CREATE INDEX [IX_EmulationPacts_LeadUnitId] ON [EmulationPacts] ([LeadUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084137_EmulationPacts'
)
BEGIN
    CREATE INDEX [IX_PactCommitment_ContentAreaId] ON [PactCommitment] ([ContentAreaId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084137_EmulationPacts'
)
BEGIN
    CREATE INDEX [IX_PactCommitment_PactId] ON [PactCommitment] ([PactId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084137_EmulationPacts'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PactSignatories_PactId_UnitId] ON [PactSignatories] ([PactId], [UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084137_EmulationPacts'
)
BEGIN
    CREATE INDEX [IX_PactSignatories_UnitId] ON [PactSignatories] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084137_EmulationPacts'
)
BEGIN
    CREATE INDEX [IX_PointAdjustments_PactId] ON [PointAdjustments] ([PactId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084137_EmulationPacts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206084137_EmulationPacts', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206121935_EmulationScoring'
)
BEGIN
    ALTER TABLE [EmulationPacts] ADD [ClosedBy] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206121935_EmulationScoring'
)
BEGIN
    ALTER TABLE [EmulationPacts] ADD [ScoringClosedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206121935_EmulationScoring'
)
BEGIN
    ALTER TABLE [EmulationPacts] ADD [TieBreakNote] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206121935_EmulationScoring'
)
BEGIN
    CREATE TABLE [ScoreSheets] (
        [Id] int NOT NULL IDENTITY,
        [PactId] int NOT NULL,
        [UnitId] int NOT NULL,
        [Status] int NOT NULL,
        [SubmittedBy] nvarchar(256) NULL,
        [SubmittedAtUtc] datetime2 NULL,
        [ReviewedBy] nvarchar(256) NULL,
        [ReviewedAtUtc] datetime2 NULL,
        [TiePosition] int NULL,
        CONSTRAINT [PK_ScoreSheets] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ScoreSheets_EmulationPacts_PactId] FOREIGN KEY ([PactId]) REFERENCES [EmulationPacts] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ScoreSheets_Units_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [Units] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206121935_EmulationScoring'
)
BEGIN
    CREATE TABLE [ScoreLines] (
        [Id] int NOT NULL IDENTITY,
        [SheetId] int NOT NULL,
        [CriterionId] int NULL,
        [AdjustmentId] int NULL,
        [SelfPoints] decimal(9,2) NOT NULL,
        [Comment] nvarchar(2000) NULL,
        [Evidence] nvarchar(1000) NULL,
        [AdjustedPoints] decimal(9,2) NULL,
        [AdjustmentReason] nvarchar(1000) NULL,
        CONSTRAINT [PK_ScoreLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ScoreLines_Criteria_CriterionId] FOREIGN KEY ([CriterionId]) REFERENCES [Criteria] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ScoreLines_PointAdjustments_AdjustmentId] FOREIGN KEY ([AdjustmentId]) REFERENCES [PointAdjustments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ScoreLines_ScoreSheets_SheetId] FOREIGN KEY ([SheetId]) REFERENCES [ScoreSheets] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206121935_EmulationScoring'
)
BEGIN
    CREATE INDEX [IX_ScoreLines_AdjustmentId] ON [ScoreLines] ([AdjustmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206121935_EmulationScoring'
)
BEGIN
    CREATE INDEX [IX_ScoreLines_CriterionId] ON [ScoreLines] ([CriterionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206121935_EmulationScoring'
)
BEGIN
    CREATE INDEX [IX_ScoreLines_SheetId_CriterionId_AdjustmentId] ON [ScoreLines] ([SheetId], [CriterionId], [AdjustmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206121935_EmulationScoring'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ScoreSheets_PactId_UnitId] ON [ScoreSheets] ([PactId], [UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206121935_EmulationScoring'
)
BEGIN
    CREATE INDEX [IX_ScoreSheets_UnitId] ON [ScoreSheets] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206121935_EmulationScoring'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206121935_EmulationScoring', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206202717_EmulationProposals'
)
BEGIN
    ALTER TABLE [AwardForms] ADD [GroupQuota] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206202717_EmulationProposals'
)
BEGIN
    ALTER TABLE [AwardForms] ADD [GroupVotePercent] decimal(5,2) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206202717_EmulationProposals'
)
BEGIN
    CREATE TABLE [PactMeetings] (
        [Id] int NOT NULL IDENTITY,
        [PactId] int NOT NULL,
        [HeldOn] date NOT NULL,
        [Place] nvarchar(300) NOT NULL,
        [ChairName] nvarchar(200) NOT NULL,
        [PresentCount] int NOT NULL,
        [RecordedBy] nvarchar(256) NOT NULL,
        [RecordedAtUtc] datetime2 NOT NULL,
        [SentBy] nvarchar(256) NULL,
        [SentAtUtc] datetime2 NULL,
        CONSTRAINT [PK_PactMeetings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PactMeetings_EmulationPacts_PactId] FOREIGN KEY ([PactId]) REFERENCES [EmulationPacts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206202717_EmulationProposals'
)
BEGIN
    CREATE TABLE [PactVotes] (
        [Id] int NOT NULL IDENTITY,
        [MeetingId] int NOT NULL,
        [UnitId] int NOT NULL,
        [AwardFormId] int NOT NULL,
        [Votes] int NOT NULL,
        [NominationId] int NULL,
        CONSTRAINT [PK_PactVotes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PactVotes_AwardForms_AwardFormId] FOREIGN KEY ([AwardFormId]) REFERENCES [AwardForms] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PactVotes_Nominations_NominationId] FOREIGN KEY ([NominationId]) REFERENCES [Nominations] ([Id]) ON DELETE SET NULL,
        CONSTRAINT [FK_PactVotes_PactMeetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [PactMeetings] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_PactVotes_Units_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [Units] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206202717_EmulationProposals'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PactMeetings_PactId] ON [PactMeetings] ([PactId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206202717_EmulationProposals'
)
BEGIN
    CREATE INDEX [IX_PactVotes_AwardFormId] ON [PactVotes] ([AwardFormId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206202717_EmulationProposals'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PactVotes_MeetingId_UnitId_AwardFormId] ON [PactVotes] ([MeetingId], [UnitId], [AwardFormId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206202717_EmulationProposals'
)
BEGIN
    CREATE INDEX [IX_PactVotes_NominationId] ON [PactVotes] ([NominationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206202717_EmulationProposals'
)
BEGIN
    CREATE INDEX [IX_PactVotes_UnitId] ON [PactVotes] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206202717_EmulationProposals'
)
BEGIN
    UPDATE AwardForms SET SortOrder = SortOrder + 1 WHERE Code IN ('BANG-KHEN-CT-UBND', 'BANG-KHEN-TTG') AND SortOrder >= 2;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206202717_EmulationProposals'
)
BEGIN
    UPDATE AwardForms SET GroupVotePercent = 70, GroupQuota = 2 WHERE Code = 'BANG-KHEN-CT-UBND';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206202717_EmulationProposals'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206202717_EmulationProposals', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207022217_SeedRuns'
)
BEGIN
    CREATE TABLE [SeedRuns] (
        [Id] int NOT NULL,
        [Fingerprint] nvarchar(200) NOT NULL,
        [CompletedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_SeedRuns] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207022217_SeedRuns'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207022217_SeedRuns', N'10.0.15');
END;

COMMIT;
GO


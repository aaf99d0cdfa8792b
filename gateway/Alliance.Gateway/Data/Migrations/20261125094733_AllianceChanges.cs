using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Gateway.Data.Migrations
{
    /// <inheritdoc />
    public partial class AllianceChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "source_version",
                table: "alliance_links",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "source_version",
                table: "alliance_links");
        }
    }
}
